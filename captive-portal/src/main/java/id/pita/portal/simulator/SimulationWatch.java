package id.pita.portal.simulator;

import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.district.SiteKind;
import id.pita.core.format.LocalFormat;
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
        run(options, out, false);
    }

    /** As {@link #run(SimulationRun.Options, PrintStream)}, in English when {@code english}. */
    public static void run(SimulationRun.Options options, PrintStream out, boolean english) throws Exception {
        try (var run = SimulationRun.start(options)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(run), "simulate-stop"));
            watch(run, options, out, english);
        }
    }

    /** One line per simulated hour until the run's end, then the day's figures, in Bahasa Indonesia. */
    public static void watch(SimulationRun run, SimulationRun.Options o, PrintStream out) throws InterruptedException {
        watch(run, o, out, false);
    }

    /** One line per simulated hour until the run's end, then the day's figures. */
    public static void watch(SimulationRun run, SimulationRun.Options o, PrintStream out, boolean english)
            throws InterruptedException {
        var d = run.district();
        var fmt = english ? LocalFormat.english(d.zone()) : LocalFormat.indonesian(d.zone());
        var calendar = new RegimeCalendar(d.calendar(), d.zone());
        id.pita.portal.app.StartBanner.print(run.pita(), out, english);
        demoPortal(run, fmt).ifPresent(url -> out.println(fmt.pick("  Portal demo  : ", "  Demo portal  : ") + url
                + fmt.pick("  (hotspot simulasi; buka di peramban)", "  (a simulated hotspot; open it in a browser)")));
        out.println(fmt.pick("Simulasi " + d.name() + " pada jam cepat (x" + fmt.trimmed(o.speed(), 1)
                        + "): satu baris per jam simulasi",
                "Simulating " + d.name() + " on a fast clock (x" + fmt.trimmed(o.speed(), 1)
                        + "): one line per simulated hour"));
        var next = o.start();
        while (run.clock().instant().isBefore(o.until().plusSeconds(120))) {
            if (!run.clock().instant().isBefore(next)) {
                out.println(line(run, calendar, fmt));
                while (!run.clock().instant().isBefore(next)) {
                    next = next.plus(Duration.ofHours(1));
                }
            }
            Thread.sleep(20);
        }
        var u = DayFigures.utilisation(run.pita().store().usage().between(o.start(), o.until()),
                d.pool().capacity().down(), calendar, o.start(), o.until());
        out.println(fmt.pick("Utilisasi kapasitas langganan: " + fmt.percent(u.withRelease())
                        + " dengan pelepasan di luar jam kerja oleh Pita, " + fmt.percent(u.withoutRelease()) + " tanpa",
                "Utilisation of the paid capacity: " + fmt.percent(u.withRelease())
                        + " with Pita's after-hours release, " + fmt.percent(u.withoutRelease()) + " without"));
        stats(run.simulator().stats(), fmt).forEach(out::println);
    }

    /** The simulated gateways' counters as sentences, not a record's toString. */
    static java.util.List<String> stats(SimulatorStats s, LocalFormat fmt) {
        return java.util.List.of(
                fmt.pick("  RADIUS     : ", "  RADIUS     : ") + fmt.integer(s.get(SimulatorStats.Event.ACCESS_ACCEPT))
                        + fmt.pick(" diterima, ", " accepted, ") + fmt.integer(s.get(SimulatorStats.Event.ACCESS_REJECT))
                        + fmt.pick(" ditolak, ", " rejected, ") + fmt.integer(s.get(SimulatorStats.Event.RADIUS_TIMEOUT))
                        + fmt.pick(" tanpa jawaban", " unanswered"),
                fmt.pick("  Akuntansi  : ", "  Accounting : ") + fmt.integer(s.get(SimulatorStats.Event.ACCT_START))
                        + fmt.pick(" mulai, ", " start, ") + fmt.integer(s.get(SimulatorStats.Event.ACCT_INTERIM))
                        + fmt.pick(" sela, ", " interim, ") + fmt.integer(s.get(SimulatorStats.Event.ACCT_STOP))
                        + fmt.pick(" berhenti", " stop"),
                fmt.pick("  CoA        : ", "  CoA        : ") + fmt.integer(s.get(SimulatorStats.Event.COA_ACK))
                        + fmt.pick(" diterapkan, ", " applied, ") + fmt.integer(s.get(SimulatorStats.Event.COA_NAK))
                        + fmt.pick(" ditolak; putus: ", " refused; disconnect: ")
                        + fmt.integer(s.get(SimulatorStats.Event.DISCONNECT_ACK))
                        + fmt.pick(" diterapkan, ", " applied, ")
                        + fmt.integer(s.get(SimulatorStats.Event.DISCONNECT_NAK)) + fmt.pick(" ditolak", " refused"),
                fmt.pick("  Portal     : ", "  Portal     : ") + fmt.integer(s.get(SimulatorStats.Event.PORTAL_FAILURE))
                        + fmt.pick(" login gagal", " failed logins"));
    }

    /**
     * The splash of the first simulated MikroTik hotspot with the parameters its router would add (a demo phone's
     * MAC and address, HTTP-PAP), so the citizen portal opens in a desktop browser instead of answering 400.
     */
    static java.util.Optional<String> demoPortal(SimulationRun run, LocalFormat fmt) {
        var d = run.district();
        var base = id.pita.portal.app.StartBanner.base(run.pita().webAddress());
        return d.gateways().stream().filter(g -> g.vendor() == id.pita.core.district.Vendor.MIKROTIK)
                .filter(g -> d.site(g.siteCode()).map(x -> x.isHotspot()).orElse(false)).findFirst().map(g -> {
                    var login = "http://" + g.address() + "/login";
                    return base + "/?server-name=" + enc(g.id()) + "&mac=" + enc("02:00:5E:00:00:99")
                            + "&ip=10.215.0.99&link-login-only=" + enc(login) + "&link-orig="
                            + enc("http://example.id/") + "&lang=" + fmt.lang();
                });
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String line(SimulationRun run, RegimeCalendar calendar, LocalFormat fmt) {
        var now = run.clock().instant();
        var sessions = run.simulator().snapshot();
        long office = sessions.stream().filter(v -> v.kind() == SiteKind.OFFICE).mapToLong(v -> v.throughput().down())
                .sum();
        long hotspot = sessions.stream().filter(v -> v.citizen()).mapToLong(v -> v.throughput().down()).sum();
        long citizens = sessions.stream().filter(SessionView::citizen).count();
        var local = now.atZone(calendar.zone());
        var regime = calendar.at(now).regime() == id.pita.core.calendar.Regime.OFFICE_HOURS
                ? fmt.pick("Jam kerja", "Office hours") : fmt.pick("Di luar jam kerja", "After hours");
        return String.format(Locale.ROOT, "%s %s %s  %-18s %s %10s   %s %10s (%d %s)", fmt.dayName(local.getDayOfWeek())
                .substring(0, 3), local.toLocalDate(), fmt.clock(local.toLocalTime()), regime,
                fmt.pick("kantor", "offices"), fmt.mbps(office), fmt.pick("hotspot", "hotspots"), fmt.mbps(hotspot),
                citizens, fmt.pick("ponsel", "phones"));
    }

    private static void close(SimulationRun run) {
        try {
            run.close();
        } catch (Exception e) {
            System.err.println("simulate: stop did not finish cleanly: " + e);
        }
    }
}
