package id.pita.portal.simulator;

import id.pita.core.PitaException;
import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.config.DistrictFiles;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.SiteKind;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -cp pita.jar id.pita.portal.simulator.SimulatorMain [--speed 144] [--hours 24] [--offices 8]
 * [--hotspots 4] [--citizens 15] [--pool-mbps 200] [--start 2026-11-23] [--web-port 8080] [--data FILE]}:
 * Pita and a simulated district on one fast clock (speed 144: a day in ten minutes), starting at 06:00
 * local on {@code --start} (default: this week's Monday). Prints one line per simulated hour and the
 * day's figures at the end; the portal and status page stay open on the web port, the console on the next
 * port (the admin listener), while it runs.
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        SimulationRun.Options options;
        try {
            options = options(args);
        } catch (PitaException | NumberFormatException e) {
            System.err.println("simulate: " + e.getMessage());
            System.exit(2);
            return;
        }
        try (var run = SimulationRun.start(options)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(run), "simulate-stop"));
            watch(run, options, System.out);
        }
    }

    static SimulationRun.Options options(String[] args) {
        var a = parse(args);
        var demo = a.getOrDefault("demo", "paser");
        var zone = DistrictFiles.demo(demo).zone();
        var day = a.containsKey("start") ? LocalDate.parse(a.get("start"))
                : LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var start = day.atTime(LocalTime.of(6, 0)).atZone(zone).toInstant();
        double hours = Double.parseDouble(a.getOrDefault("hours", "24"));
        long pool = Long.parseLong(a.getOrDefault("pool-mbps", "200"));
        return new SimulationRun.Options(demo, Integer.parseInt(a.getOrDefault("offices", "8")),
                Integer.parseInt(a.getOrDefault("hotspots", "4")), Integer.parseInt(a.getOrDefault("citizens", "15")),
                Optional.of(Bandwidth.mbps(pool, pool / 2.0)), Double.parseDouble(a.getOrDefault("speed", "144")),
                start, start.plusSeconds((long) (hours * 3600)), Duration.ofSeconds(30),
                Path.of(a.getOrDefault("data", "data/simulate/pita.db")),
                Integer.parseInt(a.getOrDefault("web-port", "8080")), Duration.ofMillis(50), 42);
    }

    private static Map<String, String> parse(String[] args) {
        var out = new HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new PitaException("usage: SimulatorMain [--speed N] [--hours H] [--offices N] [--hotspots N]"
                        + " [--citizens N] [--pool-mbps N] [--start YYYY-MM-DD] [--web-port P] [--data FILE]"
                        + " [--demo paser] (bad argument '" + args[i] + "')");
            }
            out.put(args[i].substring(2), args[++i]);
        }
        return out;
    }

    /** One line per simulated hour until the run's end, then the day's figures. */
    static void watch(SimulationRun run, SimulationRun.Options o, PrintStream out) throws InterruptedException {
        var d = run.district();
        var calendar = new RegimeCalendar(d.calendar(), d.zone());
        id.pita.portal.Main.printUrls(run.pita(), out);
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
