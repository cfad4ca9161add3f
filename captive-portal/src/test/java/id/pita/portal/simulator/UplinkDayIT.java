package id.pita.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.district.Site;
import id.pita.core.store.PushResult;
import id.pita.core.testing.Snmpd;
import id.pita.engine.control.PlanSnapshot;
import id.pita.portal.simulator.EndToEndDayIT.Sample;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A morning (09:10 to 12:40 WITA) through real UDP, HTTP and SNMP: Pita on a clock 150 times as fast with 8 office routers (Setda made
 * always-on) and 4 hotspots, a 200 Mbit/s pool with the demo's 100 Mbit/s backup, and Debian's snmpd serving the
 * uplink interface, which this test drives (its counters carry what the simulated sessions transfer, so Pita's
 * saturation inference, which runs, finds nothing short): at 10:00 WITA the CPE's rate falls to 40 % (80 Mbit/s), at 11:00 the
 * link goes down, at 12:00 it is back. Pita polls it every 400 ms of real time (a minute of Pita's). Sampled about
 * every 1.5 s of Pita's time (10 ms real): the plan and what the gateways apply; on a thread of its own, as often as
 * they answer, {@code /health} and the public status page.
 */
class UplinkDayIT {
    private static final Logger LOG = LoggerFactory.getLogger(UplinkDayIT.class);
    static final ZoneId WITA = EndToEndDayIT.WITA;
    static final LocalDate MONDAY = EndToEndDayIT.MONDAY;
    static final Bandwidth POOL = Bandwidth.mbps(200, 200);
    static final Bandwidth SHORT = Bandwidth.mbps(80, 80);
    static final Bandwidth BACKUP = Bandwidth.mbps(100, 50);
    static final Duration PERIOD = Duration.ofSeconds(30);
    static final Pattern SENTENCE_ID = Pattern.compile("Kapasitas internet sedang turun: 80 dari 200 Mbps sejak pukul "
            + "10\\.\\d\\d WITA");

    /** What the public listener said at one instant. */
    record Public(Instant at, String health, String status) {
        LocalTime local() {
            return at.atZone(WITA).toLocalTime().withNano(0);
        }
    }

    @Test
    void theLinkFallsTo40PercentGoesDownAndComesBackAndPitaFollowsAndSaysSo(@TempDir Path dir) throws Exception {
        // 150x, not faster: the poller and the CoA pushes run in real time, and at 600x a round (30 s of Pita's) was
        // 50 ms real, so a loaded machine (load 25 on 2 cores) made the gateways apply a round's rates several rounds
        // late. Here a round is 200 ms real. From 09:10: starting under load took up to 12 s real (30 min of Pita's).
        var start = at(9, 10);
        var end = at(12, 40);
        var options = new SimulationRun.Options("paser", 8, 4, 5, Optional.of(POOL), 150, start, end, PERIOD,
                dir.resolve("pita.db"), 0, Duration.ofMillis(50), 11);
        var samples = new ArrayList<Sample>();
        var offered = new ArrayList<Bandwidth>();
        var publics = java.util.Collections.synchronizedList(new ArrayList<Public>());
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        District district;
        List<PushResult> pushes;
        var english = new java.util.concurrent.atomic.AtomicReference<String>();
        try (var snmpd = Snmpd.start(dir.resolve("snmpd"), 3, 200)) {
            var extra = "uplink: {snmp: {host: 127.0.0.1, port: " + snmpd.address().getPort() + ", community: "
                    + Snmpd.COMMUNITY + ", ifIndex: 3, period: 400ms, timeout: 1s, staleAfter: 30m}}\n";
            // timeout 1 s, not 200 ms: snmpd forks its pass script for each of the four OIDs, and on a loaded machine
            // an answer slower than 200 ms (twice, with the retry) was no reading at all rather than a late one; a
            // poll still in flight at the next period is skipped, so the cadence is unchanged.
            // staleAfter is Pita's time: 30 min is 12 s of real time here. The default 5 min (0.5 s real) would count
            // a load pause of the real-time poller as a silent agent (measured in the full suite at 600x: a 3 min
            // return to the contracted pool at 10:37, as the rule says, but not what this test is about).
            try (var run = SimulationRun.start(options, extra, UplinkDayIT::setdaAlwaysOn)) {
                district = run.district();
                var web = "http://127.0.0.1:" + run.pita().webAddress().getPort();
                long in = 0;
                long out = 0;
                Instant previous = null;
                // The public pages on a thread of their own: rendering them under load must not slow the sampler.
                var reader = new Thread(() -> readPublic(run, http, web, end, publics, english), "public-reader");
                reader.setDaemon(true);
                reader.start();
                var deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (run.clock().instant().isBefore(end) && System.nanoTime() < deadline) {
                    var now = run.clock().instant();
                    var local = now.atZone(WITA).toLocalTime();
                    boolean up = local.isBefore(LocalTime.of(11, 0)) || !local.isBefore(LocalTime.of(12, 0));
                    long speed = local.isBefore(LocalTime.of(10, 0)) || !local.isBefore(LocalTime.of(12, 0)) ? 200 : 80;
                    var sessions = run.simulator().snapshot();
                    // The link carries what the simulated sessions transfer (client's side: down is the link's in),
                    // plus 1 Mbit/s of its own, so Pita's saturation inference sees a link that is not saturated.
                    var carried = sessions.stream().map(SessionView::throughput).reduce(Bandwidth.ZERO,
                            Bandwidth::plus).plus(Bandwidth.mbps(1, 1));
                    long millis = previous == null ? 0 : Duration.between(previous, now).toMillis();
                    previous = now;
                    in += up ? carried.down() / 8 * millis / 1000 : 0;
                    out += up ? carried.up() / 8 * millis / 1000 : 0;
                    snmpd.set(in, out, up, speed);
                    samples.add(new Sample(now, run.pita().livePlan().latest(), sessions));
                    run.pita().uplink().lastOffered().ifPresent(offered::add);
                    Thread.sleep(10); // paces the sampler in real time; the run itself is time-driven
                }
                assertThat(run.clock().instant()).as("the morning ran out of real time").isAfter(end);
                reader.join(10_000);
                pushes = run.pita().store().pushes().recent(1_000_000);
            }
        }
        var soft = new SoftAssertions();
        var plans = plans(samples);
        soft.assertThat(plans).as("plans sampled before 09:50 (else the run started too late to see 10:00)")
                .anyMatch(p -> p.at().isBefore(at(9, 50)));
        // Pita tells its uplink monitor what each plan offers the link: the saturation inference runs (and, the link
        // carrying what is drawn, finds nothing short: thePoolFollowsTheLink).
        LOG.info("Offered to the link as the monitor was told: {} readings, at most {}", offered.size(),
                offered.stream().mapToLong(Bandwidth::down).max().orElse(0));
        soft.assertThat(offered).as("readings told what the plan offered").anyMatch(o -> o.down() > 0);
        alwaysOnGuaranteesHeldInEverySample(soft, samples, district);
        poolNeverExceedsTheEffectiveCapacity(soft, samples, plans);
        thePoolFollowsTheLink(soft, plans);
        pushesPerTierChangeAreBounded(soft, plans, pushes, samples);
        thePublicIsTold(soft, List.copyOf(publics), english.get());
        soft.assertAll();
    }

    /** {@code /health} and {@code /status} as the public listener answers them, until {@code end}. */
    private static void readPublic(SimulationRun run, HttpClient http, String web, Instant end, List<Public> out,
                                   java.util.concurrent.atomic.AtomicReference<String> english) {
        try {
            while (run.clock().instant().isBefore(end)) {
                var now = run.clock().instant();
                out.add(new Public(now, get(http, web + "/health"), get(http, web + "/status")));
                if (english.get() == null && now.atZone(WITA).toLocalTime().isAfter(LocalTime.of(10, 20))) {
                    english.set(get(http, web + "/status?lang=en"));
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            LOG.warn("Reading the public pages failed: {}", e.toString());
        }
    }

    /** Setda (the first office) is always on in this run, as a hospital is: its guarantee comes first. */
    static District setdaAlwaysOn(District d) {
        var sites = new ArrayList<Site>();
        for (var s : d.sites()) {
            sites.add(s.code().equals("setda") ? new Site(s.code(), s.name(), s.kind(), s.area(), s.guarantee(),
                    s.ceiling(), s.weight(), true, s.password(), s.voucherRequired()) : s);
        }
        return new District(d.code(), d.name(), d.zone(), d.pool(), sites, d.gateways(), d.calendar(), d.policies(),
                d.citizenPlan());
    }

    private static void alwaysOnGuaranteesHeldInEverySample(SoftAssertions soft, List<Sample> samples, District d) {
        var missed = new ArrayList<String>();
        long checked = 0;
        for (var s : samples) {
            for (var v : s.sessions()) {
                var site = d.site(v.siteCode()).orElseThrow();
                if (site.alwaysOn() && s.plan().isPresent()) {
                    checked++;
                    if (!site.guarantee().fitsWithin(v.limit())) {
                        missed.add(s.local() + " " + v.siteCode() + ": " + v.limit());
                    }
                }
            }
        }
        LOG.info("Always-on guarantee checked in {} session samples, missed in {}: {}", checked, missed.size(),
                missed.stream().limit(5).toList());
        soft.assertThat(checked).as("always-on session samples").isGreaterThan(100);
        soft.assertThat(missed).as("always-on sessions below their guarantee").isEmpty();
    }

    /**
     * Every plan within the pool it planned on; what the gateways apply within it once they have had the round's
     * pushes: at each sample, within the larger of the latest plan's pool and the one before it.
     */
    private static void poolNeverExceedsTheEffectiveCapacity(SoftAssertions soft, List<Sample> samples,
                                                             List<PlanSnapshot> plans) {
        var over = new ArrayList<String>();
        for (var p : plans) {
            var planned = p.allocation().sites().values().stream().reduce(Bandwidth.ZERO, Bandwidth::plus);
            if (!planned.fitsWithin(p.pool())) {
                over.add("plan " + p.at().atZone(WITA).toLocalTime() + ": " + planned + " over " + p.pool());
            }
        }
        var byAt = new TreeMap<Instant, PlanSnapshot>();
        plans.forEach(p -> byAt.put(p.at(), p));
        for (var s : samples) {
            if (s.plan().isEmpty()) {
                continue;
            }
            var latest = s.plan().get();
            var before = Optional.ofNullable(byAt.lowerEntry(latest.at())).map(Map.Entry::getValue).orElse(latest);
            var limit = max(latest.pool(), before.pool());
            var applied = s.sessions().stream().map(SessionView::limit).reduce(Bandwidth.ZERO, Bandwidth::plus);
            if (!applied.fitsWithin(limit)) {
                over.add(s.local() + ": applied " + applied + " over " + limit);
            }
        }
        LOG.info("Pool checks: {} plans, {} samples, {} over: {}", plans.size(), samples.size(), over.size(),
                over.stream().limit(5).toList());
        soft.assertThat(over).as("plans or applied rates over the effective pool").isEmpty();
    }

    /** 40 %: the first reading; down: the first reading; back: 2 up readings; each plus a round (30 s). */
    private static void thePoolFollowsTheLink(SoftAssertions soft, List<PlanSnapshot> plans) {
        var reached = new LinkedHashMap<String, Duration>();
        reached.put("80 Mbit/s after 10:00", firstWith(plans, at(10, 0), SHORT));
        reached.put("backup after 11:00", firstWith(plans, at(11, 0), BACKUP));
        reached.put("200 Mbit/s after 12:00", firstWith(plans, at(12, 0), POOL));
        LOG.info("Pita's pool reached: {}; tiers {}", reached, tiers(plans));
        // Real-time polling under a loaded machine: a reading can come a little late in Pita's time.
        // The published capacity is cut to ifHighSpeed at the first reading (1 min nominally, plus a round); the down
        // link is also planned on at the first reading and allowed 3 min, so the fall is allowed as much.
        soft.assertThat(reached.get("80 Mbit/s after 10:00")).isLessThanOrEqualTo(Duration.ofMinutes(3));
        soft.assertThat(reached.get("backup after 11:00")).isLessThanOrEqualTo(Duration.ofMinutes(3));
        soft.assertThat(reached.get("200 Mbit/s after 12:00")).isLessThanOrEqualTo(Duration.ofMinutes(4));
        // Once at each level, the pool stays there until the link changes: the saturation inference, fed what the
        // plans offer, finds nothing short on a link that carries what is drawn.
        soft.assertThat(poolsBetween(plans, plans.isEmpty() ? at(9, 10) : plans.get(0).at(), at(10, 0)))
                .as("pools before 10:00").containsOnly(POOL);
        soft.assertThat(poolsBetween(plans, at(10, 0).plus(reached.get("80 Mbit/s after 10:00")), at(11, 0)))
                .as("pools from reaching 80 to 11:00").containsOnly(SHORT);
        soft.assertThat(poolsBetween(plans, at(12, 0).plus(reached.get("200 Mbit/s after 12:00")), at(12, 40)))
                .as("pools from reaching 200 again").containsOnly(POOL);
    }

    private static List<Bandwidth> poolsBetween(List<PlanSnapshot> plans, Instant from, Instant to) {
        return plans.stream().filter(p -> !p.at().isBefore(from) && p.at().isBefore(to)).map(PlanSnapshot::pool)
                .distinct().toList();
    }

    /**
     * Pushes in the 10 minutes after each change of tier: at most four per session online (the change itself, the
     * increase that waits a round for the pool at the gateways, and demand-driven changes within the window). The fall
     * to 80 Mbit/s is now planned on at once (no smoothed steps through 110 and 95). Measured: 8 (SHORT), 7 (BACKUP)
     * and 16 (FULL again) with 8 sessions online (hotspots are quiet in office hours), against 32.
     */
    private static void pushesPerTierChangeAreBounded(SoftAssertions soft, List<PlanSnapshot> plans,
                                                      List<PushResult> pushes, List<Sample> samples) {
        var changes = new ArrayList<PlanSnapshot>();
        for (int i = 1; i < plans.size(); i++) {
            if (!plans.get(i).tier().equals(plans.get(i - 1).tier())) {
                changes.add(plans.get(i));
            }
        }
        int online = samples.stream().mapToInt(s -> s.sessions().size()).max().orElse(0);
        var perChange = new LinkedHashMap<String, Long>();
        for (var c : changes) {
            long n = pushes.stream().filter(p -> !p.at().isBefore(c.at())
                    && p.at().isBefore(c.at().plus(Duration.ofMinutes(10)))).count();
            perChange.put(c.at().atZone(WITA).toLocalTime().withNano(0) + " " + c.tier(), n);
        }
        LOG.info("Tier changes and the pushes in the 10 min after each: {} ({} sessions online at most, {} pushes "
                + "in the run)", perChange, online, pushes.size());
        soft.assertThat(changes).as("tier changes").hasSizeGreaterThanOrEqualTo(3);
        perChange.forEach((k, n) -> soft.assertThat(n).as("pushes after %s", k).isLessThanOrEqualTo(4L * online));
    }

    private static void thePublicIsTold(SoftAssertions soft, List<Public> publics, String english) {
        // Alerts are checked every alerts.every (1 min of Pita's time) but at most once a second of real time, which
        // is 2.5 min of Pita's here: the windows start 20 min after each change.
        var shortHour = publics.stream().filter(p -> p.local().isAfter(LocalTime.of(10, 20))
                && p.local().isBefore(LocalTime.of(10, 55))).toList();
        var downHour = publics.stream().filter(p -> p.local().isAfter(LocalTime.of(11, 20))
                && p.local().isBefore(LocalTime.of(11, 55))).toList();
        var after = publics.stream().filter(p -> p.local().isAfter(LocalTime.of(12, 30))).toList();
        soft.assertThat(shortHour).as("samples of the short hour").isNotEmpty()
                .allMatch(p -> SENTENCE_ID.matcher(p.status()).find(), "status page says the capacity is down")
                .allMatch(p -> p.health().contains("alert.uplink-degraded.uplink\""), "health warns");
        soft.assertThat(downHour).as("samples of the down hour").isNotEmpty()
                .allMatch(p -> p.status().contains("Jaringan internet utama terputus sejak pukul 11."), "status page")
                .allMatch(p -> p.health().contains("alert.uplink-degraded.uplink-down\""), "health warns");
        soft.assertThat(after).as("samples after 12:30").isNotEmpty()
                .noneMatch(p -> p.status().contains("id=\"uplink\""))
                .noneMatch(p -> p.health().contains("alert.uplink"));
        soft.assertThat(english).containsPattern("Internet capacity is reduced: 80 of 200 Mbps since 10:\\d\\d WITA");
        shortHour.stream().findFirst().ifPresent(p -> {
            var m = SENTENCE_ID.matcher(p.status());
            LOG.info("Status page at {}: {}", p.local(), m.find() ? m.group() : "(none)");
        });
    }

    private static List<PlanSnapshot> plans(List<Sample> samples) {
        var out = new ArrayList<PlanSnapshot>();
        for (var s : samples) {
            s.plan().filter(p -> out.isEmpty() || !out.get(out.size() - 1).at().equals(p.at())).ifPresent(out::add);
        }
        return out;
    }

    private static Duration firstWith(List<PlanSnapshot> plans, Instant after, Bandwidth pool) {
        return plans.stream().filter(p -> !p.at().isBefore(after) && p.pool().equals(pool)).findFirst()
                .map(p -> Duration.between(after, p.at())).orElse(Duration.ofDays(1));
    }

    private static List<String> tiers(List<PlanSnapshot> plans) {
        var out = new ArrayList<String>();
        for (var p : plans) {
            var t = p.at().atZone(WITA).toLocalTime().withNano(0) + " " + p.tier() + " " + p.pool().down() / 1_000_000;
            if (out.isEmpty() || !out.get(out.size() - 1).endsWith(p.tier() + " " + p.pool().down() / 1_000_000)) {
                out.add(t);
            }
        }
        return out;
    }

    private static Bandwidth max(Bandwidth a, Bandwidth b) {
        return new Bandwidth(Math.max(a.down(), b.down()), Math.max(a.up(), b.up()));
    }

    private static String get(HttpClient http, String url) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private static Instant at(int hour, int minute) {
        return MONDAY.atTime(hour, minute).atZone(WITA).toInstant();
    }
}
