package id.pita.portal.app;

import id.pita.core.calendar.HolidayYaml;
import id.pita.core.calendar.Regime;
import id.pita.core.config.DistrictImporter;
import id.pita.core.store.Store;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import io.vertx.core.json.JsonObject;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stretch of 2027 (up to the whole year and into 2028) on a fast clock: a real Pita on loopback serves the small
 * district {@code year/district.yaml} with the national list of 2027 imported as confirmed (as an operator does once
 * the SKB is out) and none for 2028, while office and hotspot gateways send accounting (Start, 3 Interim-Updates,
 * Stop per session) at a steady real rate. Meanwhile it checks every plan the control loop publishes against
 * {@link CalendarOracle}, reads the admin {@code /health} once a simulated day (at 12:00) for the calendar warning,
 * and once a simulated week samples the heap after a full GC, the process RSS and the store's size and rows.
 * Used by {@code SimulatedYearIT} (a month in {@code mvn verify}) and {@code scripts/simulate-year} (the year).
 */
final class SimulatedYear {
    static final String DISTRICT = "year/district.yaml";
    static final String NATIONAL_2027 = "calendar/holidays-id-2027.yaml";
    static final String SECRET = "tahun-secret-0123";
    static final Duration PERIOD = Duration.ofMinutes(10);

    /**
     * @param from             first local date checked (00:00 in the district's zone)
     * @param to               first local date not checked
     * @param speed            simulated seconds per real second
     * @param retention        {@code retention.records}
     * @param recordsPerSecond accounting records sent per real second
     */
    record Options(LocalDate from, LocalDate to, double speed, Duration retention, int recordsPerSecond, Path dir) {
    }

    /** One weekly sample. */
    /** @param ackedInWindow accounting records acknowledged in the retention period (plus a day) before the date */
    record Sample(LocalDate date, long heapAfterGcBytes, long rssKb, long dbBytes, long accountingRows,
                  long sessionRows, long pushRows, long usageRows, Duration oldestAccountingAge, long ackedInWindow) {
    }

    /** A plan whose regime is not the oracle's. */
    record Mismatch(Instant at, Regime pita, boolean oracleOffice) {
    }

    record Result(Options options, long plansChecked, List<Mismatch> mismatches, int hours, int hoursChecked,
                  List<Mismatch> hourMismatches, List<Long> uncoveredHours,
                  int boundaries, int transitionsSeen, int transitionsExpected, List<Duration> boundaryDelays,
                  int healthChecks, List<String> healthMismatches, LocalDate firstWarning, List<Sample> samples,
                  long recordsAcked, long recordsUnanswered, Duration realTime) {
        Duration boundaryDelay(double quantile) {
            if (boundaryDelays.isEmpty()) {
                return Duration.ZERO;
            }
            var sorted = new ArrayList<>(boundaryDelays);
            Collections.sort(sorted);
            return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size())));
        }
    }

    private record Seen(Instant at, Regime regime) {
    }

    private SimulatedYear() {
    }

    /** Real time that stands still until {@link #release}, then runs on from where it stood. */
    static final class HeldClock extends Clock {
        private final Instant start;
        private final long[] releasedNanos;
        private final java.time.ZoneId zone;

        HeldClock() {
            this(Instant.now(), new long[] {-1}, java.time.ZoneOffset.UTC);
        }

        private HeldClock(Instant start, long[] releasedNanos, java.time.ZoneId zone) {
            this.start = start;
            this.releasedNanos = releasedNanos;
            this.zone = zone;
        }

        void release() {
            synchronized (releasedNanos) {
                releasedNanos[0] = System.nanoTime();
            }
        }

        @Override
        public Instant instant() {
            long r;
            synchronized (releasedNanos) {
                r = releasedNanos[0];
            }
            return r < 0 ? start : start.plusNanos(System.nanoTime() - r);
        }

        @Override
        public java.time.ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(java.time.ZoneId other) {
            return new HeldClock(start, releasedNanos, other);
        }
    }

    static Result run(Options o) throws Exception {
        long realStart = System.nanoTime();
        var districtText = CalendarOracle.resource(DISTRICT);
        // As the decree would confirm it: the same dates, none of them an estimate any more.
        var confirmed2027 = CalendarOracle.resource(NATIONAL_2027).replace("confirmed: false", "confirmed: true")
                .replace(", provisional: true", "");
        var oracle = new CalendarOracle(districtText, List.of(confirmed2027));
        var zone = oracle.zone();
        Files.createDirectories(o.dir());
        var districtFile = o.dir().resolve("district.yaml");
        Files.writeString(districtFile, districtText);
        var dataFile = o.dir().resolve("pita.db");
        try (var store = Store.open(dataFile)) {
            DistrictImporter.importFile(store, districtFile);
            store.holidays().replace(HolidayYaml.readYear(NATIONAL_2027, new StringReader(confirmed2027)),
                    "simulated-year");
        }
        var from = o.from().atStartOfDay(zone).toInstant();
        var to = o.to().atStartOfDay(zone).toInstant();
        var config = PitaConfig.parse("""
                dataFile: %s
                radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0}
                web: {host: 127.0.0.1, port: 0}
                control: {period: %ds}
                clock: {speed: %s, start: "%s"}
                retention: {records: %dd}
                """.formatted(dataFile, PERIOD.toSeconds(), o.speed(), from.minus(Duration.ofHours(2)),
                o.retention().toDays()), "simulated-year");
        // Pita's fast clock stands still until the checks begin, so that a slow start costs no simulated days.
        var base = new HeldClock();
        var pita = Pita.start(config, base).toCompletableFuture().get(120, TimeUnit.SECONDS);
        var plans = new ConcurrentLinkedQueue<Seen>();
        pita.livePlan().watch(p -> plans.add(new Seen(p.at(), p.regime().regime())));
        var stop = new AtomicBoolean();
        var acked = new AtomicLong();
        var unanswered = new AtomicLong();
        // Acknowledged records per simulated day since `from` (a few days' margin each side).
        var ackedByDay = new java.util.concurrent.atomic.AtomicLongArray(
                (int) Duration.between(from, to).toDays() + 10);
        var sender = new Thread(() -> sendAccounting(pita, o.recordsPerSecond(), stop, acked, unanswered,
                at -> {
                    long day = Duration.between(from, at).toDays() + 2;
                    if (day >= 0 && day < ackedByDay.length()) {
                        ackedByDay.incrementAndGet((int) day);
                    }
                }),
                "year-accounting");
        sender.setDaemon(true);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var health = URI.create("http://127.0.0.1:" + pita.adminAddress().getPort() + "/health");

        // Checked as the plans come (in time order), keeping nothing that grows with the span but two bitmaps
        // and one delay per boundary, so that the harness does not add to the heap it measures.
        int hours = (int) Duration.between(from, to).toHours();
        var covered = new boolean[hours];
        var boundaries = oracle.boundaries(from, to);
        var delays = new long[boundaries.size()];
        java.util.Arrays.fill(delays, -1);
        int nextBoundary = 0;
        int transitions = 0;
        int expected = 0;
        Seen previous = null;
        var mismatches = new ArrayList<Mismatch>();
        var healthMismatches = new ArrayList<String>();
        var samples = new ArrayList<Sample>();
        LocalDate firstWarning = null;
        int healthChecks = 0;
        long plansChecked = 0;
        var nextHealth = o.from().atTime(LocalTime.NOON).atZone(zone).toInstant();
        var nextSample = from;
        var hourMismatches = new ArrayList<Mismatch>();
        int nextHour = 0;
        try {
            base.release();
            sender.start();
            var clock = pita.clock();
            while (true) {
                var now = clock.instant();
                for (Seen s; (s = plans.poll()) != null; ) {
                    if (s.at().isBefore(from) || !s.at().isBefore(to)) {
                        continue;
                    }
                    plansChecked++;
                    covered[(int) Duration.between(from, s.at()).toHours()] = true;
                    boolean office = oracle.officeHours(s.at());
                    if ((s.regime() == Regime.OFFICE_HOURS) != office && mismatches.size() < 100) {
                        mismatches.add(new Mismatch(s.at(), s.regime(), office));
                    }
                    if (previous != null && previous.regime() != s.regime()) {
                        transitions++;
                    }
                    if (previous != null && oracle.officeHours(previous.at()) != office) {
                        expected++;
                    }
                    while (nextBoundary < boundaries.size() && !boundaries.get(nextBoundary).isAfter(s.at())) {
                        var b = boundaries.get(nextBoundary);
                        if (previous != null && b.isAfter(previous.at())) {
                            delays[nextBoundary] = Duration.between(b, s.at()).toMillis();
                        }
                        nextBoundary++;
                    }
                    previous = s;
                }
                // Each hour as it passes: the regime Pita's live calendar (as the loop and the access policy use it,
                // national lists joined and reloaded) gives for the hour's start and its middle.
                for (; nextHour < hours && !from.plus(Duration.ofHours(nextHour)).isAfter(now); nextHour++) {
                    var calendar = pita.district().calendar();
                    for (var at : List.of(from.plus(Duration.ofHours(nextHour)),
                            from.plus(Duration.ofMinutes(nextHour * 60L + 30)))) {
                        var regime = calendar.at(at).regime();
                        if ((regime == Regime.OFFICE_HOURS) != oracle.officeHours(at) && hourMismatches.size() < 100) {
                            hourMismatches.add(new Mismatch(at, regime, oracle.officeHours(at)));
                        }
                    }
                }
                if (!now.isBefore(to)) {
                    break;
                }
                if (!now.isBefore(nextHealth)) {
                    var date = LocalDate.ofInstant(now, zone);
                    var body = new JsonObject(http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10))
                            .build(), HttpResponse.BodyHandlers.ofString()).body());
                    // The date may have turned while the request was answered: then the day is not judged.
                    if (LocalDate.ofInstant(clock.instant(), zone).equals(date)) {
                        healthChecks++;
                        boolean warned = body.getJsonArray("warnings").stream()
                                .anyMatch(w -> CalendarNotices.CODE.equals(((JsonObject) w).getString("code")));
                        if (warned && firstWarning == null) {
                            firstWarning = date;
                        }
                        if (warned != oracle.calendarWarning(date) && healthMismatches.size() < 100) {
                            healthMismatches.add(date + ": /health " + (warned ? "warns" : "does not warn")
                                    + " (" + body.getJsonArray("warnings").encode() + ")");
                        }
                    }
                    nextHealth = date.plusDays(1).atTime(LocalTime.NOON).atZone(zone).toInstant();
                }
                if (!now.isBefore(nextSample)) {
                    samples.add(sample(pita, dataFile, LocalDate.ofInstant(now, zone),
                            window(ackedByDay, from, now, o.retention())));
                    nextSample = nextSample.plus(Duration.ofDays(7));
                    continue;
                }
                Thread.sleep(2);
            }
            var last = clock.instant();
            samples.add(sample(pita, dataFile, LocalDate.ofInstant(last, zone),
                    window(ackedByDay, from, last, o.retention())));
        } finally {
            stop.set(true);
            sender.join(10_000);
            pita.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
        }
        var uncovered = new ArrayList<Long>();
        for (int h = 0; h < hours; h++) {
            if (!covered[h]) {
                uncovered.add((long) h);
            }
        }
        var delayList = new ArrayList<Duration>();
        for (long d : delays) {
            if (d >= 0) {
                delayList.add(Duration.ofMillis(d));
            }
        }
        return new Result(o, plansChecked, mismatches, hours, nextHour, hourMismatches, uncovered, boundaries.size(), transitions, expected,
                delayList, healthChecks, healthMismatches, firstWarning, samples, acked.get(), unanswered.get(),
                Duration.ofNanos(System.nanoTime() - realStart));
    }

    /** Records acknowledged from (retention + 1 day) before {@code now} up to now, by whole simulated days. */
    private static long window(java.util.concurrent.atomic.AtomicLongArray byDay, Instant from, Instant now,
                               Duration retention) {
        long today = Duration.between(from, now).toDays() + 2;
        long sum = 0;
        for (long d = Math.max(0, today - retention.toDays() - 1); d <= today && d < byDay.length(); d++) {
            sum += byDay.get((int) d);
        }
        return sum;
    }

    private static Sample sample(Pita pita, Path dataFile, LocalDate date, long ackedInWindow) throws Exception {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        var now = pita.clock().instant();
        long[] rows = pita.store().read(h -> new long[] {
                count(h, "accounting"), count(h, "session"), count(h, "push_result"), count(h, "usage_hourly"),
                h.createQuery("SELECT COALESCE(MIN(received_ms), 0) FROM accounting").mapTo(Long.class).one()});
        long db = 0;
        for (var suffix : List.of("", "-wal")) {
            var f = Path.of(dataFile + suffix);
            if (Files.exists(f)) {
                db += Files.size(f);
            }
        }
        var oldest = rows[4] == 0 ? Duration.ZERO : Duration.between(Instant.ofEpochMilli(rows[4]), now);
        return new Sample(date, heap, rssKb(), db, rows[0], rows[1], rows[2], rows[3], oldest, ackedInWindow);
    }

    private static long count(org.jdbi.v3.core.Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }

    static long rssKb() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }

    /**
     * Sessions of five records each (Start, three Interim-Updates, Stop), alternating between the office gateway
     * (127.0.0.1) and the hotspot gateway (127.0.0.2), each record waited for (retransmitted after 2 s, three
     * times at most), paced to {@code perSecond}.
     */
    private static void sendAccounting(Pita pita, int perSecond, AtomicBoolean stop, AtomicLong acked,
                                       AtomicLong unanswered, java.util.function.Consumer<Instant> ackedAt) {
        var key = SECRET.getBytes(StandardCharsets.UTF_8);
        try (var office = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
             var hotspot = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0))) {
            office.setSoTimeout(2_000);
            hotspot.setSoTimeout(2_000);
            long spacing = 1_000_000_000L / perSecond;
            long next = System.nanoTime();
            int id = 0;
            for (long session = 0; !stop.get(); session++) {
                boolean atOffice = session % 2 == 0;
                var socket = atOffice ? office : hotspot;
                var sessionId = "year-" + session;
                for (int step = 0; step < 5 && !stop.get(); step++) {
                    int status = step == 0 ? 1 : step == 4 ? 2 : 3;
                    var attrs = new ArrayList<RadiusAttribute>(List.of(RadiusAttribute.ofInt(40, status),
                            RadiusAttribute.ofString(44, sessionId),
                            RadiusAttribute.ofString(1, atOffice ? "kantor" : "warga-" + session % 500),
                            RadiusAttribute.ofInt(42, step * 1_000_000), RadiusAttribute.ofInt(43, step * 4_000_000),
                            RadiusAttribute.ofInt(46, step * 300)));
                    if (!atOffice) {
                        attrs.add(RadiusAttribute.ofString(31, String.format(Locale.ROOT, "02:00:00:%02X:%02X:%02X",
                                (session >> 16) & 0xff, (session >> 8) & 0xff, session & 0xff)));
                    }
                    id = (id + 1) & 0xff;
                    var bytes = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCOUNTING_REQUEST, id, attrs),
                            key).encode();
                    boolean answered = false;
                    for (int attempt = 0; attempt < 3 && !answered && !stop.get(); attempt++) {
                        socket.send(new DatagramPacket(bytes, bytes.length, pita.accountingAddress()));
                        try {
                            var answer = new DatagramPacket(new byte[4096], 4096);
                            socket.receive(answer);
                            answered = (answer.getData()[1] & 0xff) == id;
                        } catch (SocketTimeoutException e) {
                            // retransmit, as a gateway does
                        }
                    }
                    if (answered) {
                        acked.incrementAndGet();
                        ackedAt.accept(pita.clock().instant());
                    } else if (!stop.get()) {
                        unanswered.incrementAndGet();
                    }
                    next += spacing;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } else if (wait < -1_000_000_000L) {
                        next = System.nanoTime(); // fell behind (a loaded machine): do not burst to catch up
                    }
                }
            }
        } catch (Exception e) {
            if (!stop.get()) {
                throw new IllegalStateException("accounting sender failed", e);
            }
        }
    }

    /** The report, in Markdown. */
    static String report(Result r, String title) {
        var o = r.options();
        var sb = new StringBuilder("# ").append(title).append("\n\n");
        sb.append("- span: ").append(o.from()).append(" 00:00 to ").append(o.to()).append(" 00:00 WITA (")
                .append(r.hours()).append(" simulated hours) at speed ").append((long) o.speed()).append("x, ")
                .append(String.format(Locale.ROOT, "%.1f", r.realTime().toMillis() / 60_000.0))
                .append(" real minutes; control period ").append(PERIOD.toMinutes()).append(" min; retention.records ")
                .append(o.retention().toDays()).append(" d\n");
        sb.append("- plans checked against the independent oracle: ").append(r.plansChecked()).append(", mismatches: ")
                .append(r.mismatches().size()).append(r.mismatches().isEmpty() ? "" : " " + r.mismatches().subList(0,
                        Math.min(5, r.mismatches().size()))).append('\n');
        sb.append("- hours whose live regime (at :00 and :30) was checked against the oracle as they passed: ")
                .append(r.hoursChecked()).append(" of ").append(r.hours()).append(", mismatches: ")
                .append(r.hourMismatches().size()).append(r.hourMismatches().isEmpty() ? "" : " "
                        + r.hourMismatches().subList(0, Math.min(5, r.hourMismatches().size()))).append('\n');
        sb.append("- hours in which no control round ran (the loop thread stalled over a simulated hour, ")
                .append(String.format(Locale.ROOT, "%.0f", 3_600_000 / o.speed())).append(" ms real): ")
                .append(r.uncoveredHours().size()).append(r.uncoveredHours().isEmpty() ? "" : " "
                        + r.uncoveredHours().subList(0, Math.min(10, r.uncoveredHours().size()))).append('\n');
        sb.append("- regime boundaries in the span: ").append(r.boundaries()).append("; regime changes between "
                        + "consecutive plans: ").append(r.transitionsSeen()).append(", the oracle's between the same plans ")
                .append(r.transitionsExpected())
                .append("; first plan after a boundary came ").append(r.boundaryDelay(0.5).toSeconds())
                .append(" s (median) / ").append(r.boundaryDelay(0.99).toSeconds()).append(" s (p99) / ")
                .append(r.boundaryDelay(1.0).toSeconds()).append(" s (max) of simulated time after it\n");
        sb.append("- /health read at 12:00 on ").append(r.healthChecks()).append(" days, disagreeing with the oracle on ")
                .append(r.healthMismatches().size()).append(r.healthMismatches().isEmpty() ? "" : " "
                        + r.healthMismatches().subList(0, Math.min(3, r.healthMismatches().size())))
                .append("; first calendar warning on ").append(r.firstWarning() == null ? "none" : r.firstWarning())
                .append('\n');
        sb.append("- accounting records acknowledged: ").append(r.recordsAcked()).append(", unanswered after 3 tries: ")
                .append(r.recordsUnanswered()).append(" (").append(o.recordsPerSecond())
                .append(" per real second asked)\n\n");
        sb.append("| date | heap after GC (MB) | RSS (MB) | db + wal (MB) | accounting rows | session rows "
                + "| push rows | usage_hourly rows | oldest accounting (days) | acknowledged in the last retention + 1 d |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (var s : r.samples()) {
            sb.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f | %.2f | %d | %d | %d | %d | %.1f | %d |%n",
                    s.date(), s.heapAfterGcBytes() / 1048576.0, s.rssKb() / 1024.0, s.dbBytes() / 1048576.0,
                    s.accountingRows(), s.sessionRows(), s.pushRows(), s.usageRows(),
                    s.oldestAccountingAge().toMinutes() / 1440.0, s.ackedInWindow()));
        }
        return sb.toString();
    }
}
