package id.pita.portal.simulator;

import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.district.SiteKind;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * What {@code pita simulate} shows while Pita and a simulated district run on one fast clock: the URLs, one line
 * per simulated hour, and the day's figures at the end (the options are the CLI's {@code SimulateCommand}).
 */
public final class SimulationWatch {
    private SimulationWatch() {
    }

    /** Starts the run, watches it until its end (or SIGINT), then stops it. */
    public static void run(SimulationRun.Options options, PrintStream out) throws Exception {
        try (var run = SimulationRun.start(options)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(run), "simulate-stop"));
            watch(run, options, out);
        }
    }

    /** One line per simulated hour until the run's end, then the day's figures. */
    public static void watch(SimulationRun run, SimulationRun.Options o, PrintStream out) throws InterruptedException {
        var d = run.district();
        var calendar = new RegimeCalendar(d.calendar(), d.zone());
        id.pita.portal.app.StartBanner.print(run.pita(), out);
        out.printf("Simulating %s on a fast clock (x%.0f): one line per simulated hour%n", d.name(), o.speed());
        var next = o.start();
        while (run.clock().instant().isBefore(o.until().plusSeconds(120))) {
            if (!run.clock().instant().isBefore(next)) {
                out.println(line(run, calendar));
                next = next.plus(Duration.ofHours(1));
            }
            Thread.sleep(20);
        }
        var u = DayFigures.utilisation(run.pita().store().usage().between(o.start(), o.until()),
                d.pool().capacity().down(), calendar, o.start(), o.until());
        out.printf(Locale.ROOT, "Utilisation of the paid capacity: %.1f %% with Pita's after-hours release, %.1f %% "
                + "without%n%s%n", u.withRelease() * 100, u.withoutRelease() * 100, run.simulator().stats());
    }

    private static String line(SimulationRun run, RegimeCalendar calendar) {
        var now = run.clock().instant();
        var sessions = run.simulator().snapshot();
        long office = sessions.stream().filter(v -> v.kind() == SiteKind.OFFICE).mapToLong(v -> v.throughput().down())
                .sum();
        long hotspot = sessions.stream().filter(v -> v.citizen()).mapToLong(v -> v.throughput().down()).sum();
        long citizens = sessions.stream().filter(SessionView::citizen).count();
        return String.format(Locale.ROOT, "%s %-12s offices %6.1f Mbit/s   hotspots %6.1f Mbit/s (%d phones)",
                now.atZone(calendar.zone()).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' '),
                calendar.at(now).regime(), office / 1e6, hotspot / 1e6, citizens);
    }

    private static void close(SimulationRun run) {
        try {
            run.close();
        } catch (Exception e) {
            System.err.println("simulate: stop did not finish cleanly: " + e);
        }
    }
}
