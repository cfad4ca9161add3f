package id.pita.engine.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.allocation.Allocator;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.district.Pool;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import id.pita.core.session.Session;
import id.pita.core.testing.MutableClock;
import id.pita.core.testing.Snmpd;
import id.pita.core.uplink.UplinkEstimator;
import id.pita.engine.access.DeviceUsage;
import id.pita.engine.access.TestDistricts;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.uplink.UplinkMonitor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saturation inference through the whole chain on a real agent, with {@code ifHighSpeed} at the contracted 100 Mbit/s
 * throughout: Debian's snmpd serves the uplink's counters from a pass script this test drives, the SNMP4J poller reads
 * them every 30 s of simulated time, the monitor is told what the latest plan offers ({@link LivePlan#offeredToMainLink}),
 * and the real control loop plans on it and pushes to two office gateways that apply what they are told. Their
 * sessions' accounting (every round) says what they drew: in the busy phases all they are allowed (demand above what
 * the link carries), in the quiet phase 3 Mbit/s each. The link carries what is drawn up to what it can:
 * <ol>
 *   <li>healthy (10 readings): 100 Mbit/s;</li>
 *   <li>degraded (40 readings): it carries at most 40 Mbit/s while the sessions' accounting says they drew their
 *       rates: the plan's pool falls to about what the link carries (43 = 41 carried + 5 %, probing up by 10 Mbit/s
 *       steps now and then, at most 3 steps as a probe is judged a reading late), the office tier loses its
 *       guarantee, the always-on hospital keeps its own;</li>
 *   <li>recovered (60 readings): it carries all that is drawn again: the pool grows back to 100;</li>
 *   <li>quiet on a degraded link (20 readings): at most 40 Mbit/s again, but the sessions draw 3 Mbit/s each: nothing
 *       is short, the pool stays at 100.</li>
 * </ol>
 * In every round: the plan and the rates the gateways apply within the pool the round planned on, which is never more
 * than the monitor's effective capacity, and the hospital at its guarantee or more.
 */
class UplinkSaturationIT {
    private static final Logger LOG = LoggerFactory.getLogger(UplinkSaturationIT.class);
    static final Duration STEP = Duration.ofSeconds(30);
    static final long MBPS = 1_000_000L;
    static final int HEALTHY = 10;
    static final int DEGRADED = HEALTHY + 40;
    static final int RECOVERED = DEGRADED + 60;
    static final int QUIET = RECOVERED + 20;

    @TempDir
    Path dir;

    @Test
    void aSaturatedLinkShrinksThePlanByTiersAndItGrowsBackButAQuietOneDoesNot() throws Exception {
        var paser = TestDistricts.paser();
        // Guarantees of 50 Mbit/s: on 43 the office tier cannot keep its own (the tiers cut), the hospital can.
        var kominfo = new Site("dinas-kominfo", "Dinas Kominfo", SiteKind.OFFICE, "Tanah Grogot", Bandwidth.mbps(30, 30),
                Bandwidth.mbps(60, 60), 10, false, "sandi-kominfo");
        var district = new District(paser.code(), paser.name(), paser.zone(), new Pool(paser.pool().capacity(),
                paser.pool().monthlyCostIdr()), List.of(kominfo, TestDistricts.RSUD, TestDistricts.TAMAN),
                paser.gateways(), paser.calendar(), paser.policies(), paser.citizenPlan());
        var start = TestDistricts.monday("10:00", TestDistricts.WITA);
        var clock = MutableClock.at(start.minusSeconds(1));
        var scheduler = new ManualScheduler(clock);
        var livePlan = new LivePlan();
        var monitor = UplinkMonitor.measuring(() -> district.pool().capacity(), clock, Duration.ofMinutes(5),
                UplinkEstimator.Config.DEFAULT).offeredBy(livePlan::offeredToMainLink);
        var applied = new ConcurrentHashMap<String, Bandwidth>();
        var snapshots = new ArrayList<PlanSnapshot>();
        livePlan.watch(snapshots::add);
        var keys = List.of("gw-rsud/rsud-1", "gw-kominfo/dinas-kominfo-1");
        var sessions = new HashMap<String, Session>();
        sessions.put(keys.get(0), UplinkSnmpLoopIT.session("gw-rsud", "rsud", start));
        sessions.put(keys.get(1), UplinkSnmpLoopIT.session("gw-kominfo", "dinas-kominfo", start));
        var source = UplinkSnmpLoopIT.online(() -> List.copyOf(sessions.values()));
        var pushes = new ArrayList<Push>();
        var pusher = UplinkSnmpLoopIT.applying(applied, pushes, clock);
        var ports = new ControlPorts(source, (mac, day, zone) -> DeviceUsage.NONE, livePlan, pusher,
                (push, result) -> { }, monitor);
        var loop = new ControlLoop(new ControlConfig(STEP, 0.10, 20, Duration.ofMinutes(2), Duration.ofMinutes(5)),
                clock, scheduler, () -> district, TestDistricts.regimes(district), ports, Allocator::allocate,
                new EngineMetrics());
        var violations = new ArrayList<String>();
        var pools = new ArrayList<Long>();
        var tiers = new ArrayList<String>();
        var pushesBefore = new ArrayList<Integer>();
        try (var snmpd = Snmpd.start(dir, 3, 100);
             var poller = UplinkSnmpLoopIT.poller(snmpd, monitor, clock)) {
            poller.open().toCompletableFuture().get(5, TimeUnit.SECONDS);
            long in = 0;
            long out = 0;
            var drawn = new HashMap<String, Bandwidth>();
            for (int step = 0; step < QUIET; step++) {
                var t = start.plus(STEP.multipliedBy(step));
                boolean quiet = step >= RECOVERED;
                long canCarry = step >= HEALTHY && step < DEGRADED || quiet ? 40 * MBPS : Long.MAX_VALUE;
                // What the sessions drew over the last step: what their gateway applied (busy), or 3 Mbit/s (quiet).
                var total = Bandwidth.ZERO;
                for (var key : keys) {
                    var rate = applied.getOrDefault(key, Bandwidth.ZERO);
                    var draw = quiet ? rate.min(Bandwidth.mbps(3, 3)) : rate;
                    drawn.put(key, draw);
                    total = total.plus(draw);
                }
                // The link carries what is drawn, up to what it can (plus 1 Mbit/s of its own: routing, DNS).
                in += (Math.min(total.down(), canCarry) + MBPS) / 8 * STEP.toSeconds();
                out += (Math.min(total.up(), canCarry) + MBPS) / 8 * STEP.toSeconds();
                snmpd.set(in, out, true, 100);
                scheduler.runUntil(t.minusSeconds(1));
                assertThat(poller.poll().get(5, TimeUnit.SECONDS)).as("reading at step %d", step).isPresent();
                for (var key : keys) {
                    var s = sessions.get(key);
                    var d = drawn.get(key);
                    sessions.put(key, new Session(s.gatewayId(), s.acctSessionId(), s.username(), s.siteCode(), s.mac(),
                            s.ip(), s.started(), clock.instant(), s.uploadBytes() + d.up() / 8 * STEP.toSeconds(),
                            s.downloadBytes() + d.down() / 8 * STEP.toSeconds(), s.sessionSeconds() + 30,
                            s.lastPushed(), null));
                }
                if (step == 0) {
                    clock.set(start);
                    loop.start(); // rounds at start + k * 30 s, each a second after its reading
                }
                pushesBefore.add(pushes.size());
                scheduler.runUntil(t.plusSeconds(5)); // the round at t and its pushes
                var plan = snapshots.get(snapshots.size() - 1);
                UplinkSnmpLoopIT.check(plan, district, applied, violations);
                var effective = monitor.status().effective();
                if (!plan.pool().fitsWithin(effective)) {
                    violations.add(plan.at() + ": pool " + plan.pool() + " over the effective " + effective);
                }
                pools.add(plan.pool().down() / MBPS);
                tiers.add(plan.tier());
            }
            loop.stop();
        }
        LOG.info("Pools by step (Mbit/s): healthy {}, degraded {}, recovered {}, quiet {}", pools.subList(0, HEALTHY),
                pools.subList(HEALTHY, DEGRADED), pools.subList(DEGRADED, RECOVERED), pools.subList(RECOVERED, QUIET));
        LOG.info("Tiers: {}; pushes per phase: {}, {}, {}, {}", tiers.stream().distinct().toList(),
                pushesBefore.get(HEALTHY), pushesBefore.get(DEGRADED) - pushesBefore.get(HEALTHY),
                pushesBefore.get(RECOVERED) - pushesBefore.get(DEGRADED), pushes.size() - pushesBefore.get(RECOVERED));
        assertThat(violations).isEmpty();
        assertThat(pools.subList(0, HEALTHY)).as("healthy").containsOnly(100L);
        int shrunk = pools.subList(HEALTHY, DEGRADED).indexOf(43L);
        assertThat(shrunk).as("readings into the degraded phase until the pool is 43 (41 carried + 5 %)")
                .isBetween(0, 8);
        var settled = pools.subList(HEALTHY + shrunk, DEGRADED);
        // A probe is judged by the reading after the sessions drew their new rates, so it may climb 3 steps of 10.
        assertThat(settled).as("roughly what the link carries, probing up now and then").allMatch(p -> p >= 43 && p <= 75);
        assertThat(settled.stream().filter(p -> p == 43).count()).as("readings at 43").isGreaterThanOrEqualTo(
                settled.size() / 2);
        assertThat(settled.stream().mapToLong(Long::longValue).average().orElseThrow()).as("mean pool").isLessThan(55);
        assertThat(tiers.subList(HEALTHY + shrunk, DEGRADED)).as("the office tier cut while on 42").contains("SHORT");
        int back = pools.subList(DEGRADED, RECOVERED).indexOf(100L);
        assertThat(back).as("readings after recovery until the pool is 100 again").isBetween(0, 50);
        assertThat(pools.subList(DEGRADED + back, RECOVERED)).as("stays at 100").containsOnly(100L);
        assertThat(pools.subList(RECOVERED, QUIET)).as("quiet on a degraded link: nothing is short").containsOnly(100L);
        int degradedPushes = pushesBefore.get(DEGRADED) - pushesBefore.get(HEALTHY);
        long poolChanges = countChanges(pools.subList(HEALTHY - 1, DEGRADED));
        LOG.info("Shrunk after {} readings, back after {}; {} pool changes and {} pushes while degraded", shrunk + 1,
                back + 1, poolChanges, degradedPushes);
        assertThat(degradedPushes).as("pushes while degraded: at most one per session per change of the pool, and "
                + "one per dwell (5 min, 10 rounds)").isLessThanOrEqualTo(2 * (int) poolChanges + 2 * 4);
    }

    private static long countChanges(List<Long> values) {
        long n = 0;
        for (int i = 1; i < values.size(); i++) {
            if (!values.get(i).equals(values.get(i - 1))) {
                n++;
            }
        }
        return n;
    }
}
