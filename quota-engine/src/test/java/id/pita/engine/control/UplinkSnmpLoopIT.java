package id.pita.engine.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.allocation.Allocator;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.district.Pool;
import id.pita.core.session.Session;
import id.pita.core.testing.MutableClock;
import id.pita.core.testing.Snmpd;
import id.pita.core.uplink.UplinkEstimator;
import id.pita.engine.access.DeviceUsage;
import id.pita.engine.access.TestDistricts;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.uplink.SnmpSettings;
import id.pita.engine.uplink.SnmpUplinkPoller;
import id.pita.engine.uplink.UplinkMonitor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole chain on a real agent: Debian's snmpd serves the uplink interface from a pass script this test drives,
 * the SNMP4J poller reads it every 30 s of simulated time, the monitor estimates, and the real control loop plans
 * on it and pushes to gateways that apply what they are told. The link runs at 100 %, falls to 40 %, goes down
 * (the 22 Mbit/s backup carries the plan) and comes back. Asserted in every round: the plan and the rates the
 * gateways apply stay within the pool the round planned on, and the always-on hospital keeps its guarantee; the
 * plan's pool reaches each new level within the estimator's stated smoothing (the first reading when the sync rate
 * falls to 40 %, as the published capacity is never above it; the first reading when the link goes down; 2 up
 * readings when it returns).
 */
class UplinkSnmpLoopIT {
    private static final Logger LOG = LoggerFactory.getLogger(UplinkSnmpLoopIT.class);
    static final Duration STEP = Duration.ofSeconds(30);
    static final Bandwidth BACKUP = Bandwidth.mbps(22, 22);

    @TempDir
    Path dir;

    record Phase(int fromStep, boolean up, long speedMbps, Bandwidth expected, int withinReadings) {
    }

    @Test
    void thePoolFollowsTheLinkDownToTheBackupAndBackAndTheHospitalKeepsItsGuarantee() throws Exception {
        var paser = TestDistricts.paser();
        var district = new District(paser.code(), paser.name(), paser.zone(), new Pool(paser.pool().capacity(),
                paser.pool().monthlyCostIdr(), BACKUP, Pool.DEFAULT_TIERS), paser.sites(), paser.gateways(),
                paser.calendar(), paser.policies(), paser.citizenPlan());
        var start = TestDistricts.monday("10:00", TestDistricts.WITA);
        var clock = MutableClock.at(start.minusSeconds(1));
        var scheduler = new ManualScheduler(clock);
        var monitor = UplinkMonitor.measuring(() -> district.pool().capacity(), clock, Duration.ofMinutes(5),
                UplinkEstimator.Config.DEFAULT);
        var applied = new HashMap<String, Bandwidth>();
        var snapshots = new ArrayList<PlanSnapshot>();
        var sessions = List.of(session("gw-rsud", "rsud", start), session("gw-kominfo", "dinas-kominfo", start));
        var source = online(() -> sessions);
        var pushes = new ArrayList<Push>();
        var pusher = applying(applied, pushes, clock);
        var ports = new ControlPorts(source, (mac, day, zone) -> DeviceUsage.NONE, snapshots::add, pusher,
                (push, result) -> { }, monitor);
        var loop = new ControlLoop(new ControlConfig(STEP, 0.10, 20, Duration.ofMinutes(2), Duration.ofMinutes(5)),
                clock, scheduler, () -> district, TestDistricts.regimes(district), ports, Allocator::allocate,
                new EngineMetrics());
        var phases = List.of(new Phase(0, true, 100, Bandwidth.mbps(100, 100), 1),
                new Phase(10, true, 40, Bandwidth.mbps(40, 40), 1), new Phase(20, false, 100, BACKUP, 1),
                new Phase(30, true, 100, Bandwidth.mbps(100, 100), 2));
        var violations = new ArrayList<String>();
        var reachedAfter = new ArrayList<Integer>();
        try (var snmpd = Snmpd.start(dir, 3, 100);
             var poller = poller(snmpd, monitor, clock)) {
            poller.open().toCompletableFuture().get(5, TimeUnit.SECONDS);
            long in = 0;
            int reached = -1;
            Phase current = null;
            for (int step = 0; step < 40; step++) {
                var t = start.plus(STEP.multipliedBy(step));
                var phase = phaseAt(phases, step);
                if (phase != current) {
                    current = phase;
                    reached = -1;
                }
                // What the link carried in the last step: 60 % of its rate while up.
                in += phase.up() ? phase.speedMbps() * 1_000_000L * 60 / 100 * STEP.toSeconds() / 8 : 0;
                snmpd.set(in, in / 2, phase.up(), phase.speedMbps());
                scheduler.runUntil(t.minusSeconds(1));
                assertThat(poller.poll().get(5, TimeUnit.SECONDS)).as("reading at step %d", step).isPresent();
                if (step == 0) {
                    clock.set(start);
                    loop.start(); // rounds at start + k * 30 s, each a second after its reading
                }
                scheduler.runUntil(t.plusSeconds(5)); // the round at t and its pushes, paced 50 ms apart
                var plan = snapshots.get(snapshots.size() - 1);
                check(plan, district, applied, violations);
                if (reached < 0 && plan.pool().equals(phase.expected())) {
                    reached = step - phase.fromStep() + 1;
                    reachedAfter.add(reached);
                    assertThat(reached).as("readings until the pool is %s", phase.expected())
                            .isLessThanOrEqualTo(phase.withinReadings());
                }
            }
            loop.stop();
        }
        LOG.info("Pool reached each level after {} readings (30 s apart); {} rounds, {} pushes, pools {}",
                reachedAfter, snapshots.size(), pushes.size(), snapshots.stream().map(s -> s.pool().down() / 1_000_000
                        + "/" + s.tier()).distinct().toList());
        assertThat(reachedAfter).as("every level reached").hasSize(phases.size());
        assertThat(violations).isEmpty();
        assertThat(snapshots).anyMatch(s -> s.tier().equals("BACKUP"));
    }

    private static Phase phaseAt(List<Phase> phases, int step) {
        Phase p = phases.get(0);
        for (var x : phases) {
            if (step >= x.fromStep()) {
                p = x;
            }
        }
        return p;
    }

    static void check(PlanSnapshot plan, District district, Map<String, Bandwidth> applied,
                              List<String> violations) {
        var planned = plan.allocation().sites().values().stream().reduce(Bandwidth.ZERO, Bandwidth::plus);
        if (!planned.fitsWithin(plan.pool())) {
            violations.add(plan.at() + ": planned " + planned + " over the pool " + plan.pool());
        }
        var atGateways = applied.values().stream().reduce(Bandwidth.ZERO, Bandwidth::plus);
        if (!atGateways.fitsWithin(plan.pool())) {
            violations.add(plan.at() + ": applied " + atGateways + " over the pool " + plan.pool());
        }
        var rsud = district.site("rsud").orElseThrow().guarantee();
        if (!rsud.fitsWithin(plan.allocation().sites().get("rsud"))) {
            violations.add(plan.at() + ": rsud planned " + plan.allocation().sites().get("rsud") + " below " + rsud);
        }
        if (!rsud.fitsWithin(applied.getOrDefault("gw-rsud/rsud-1", Bandwidth.ZERO))) {
            violations.add(plan.at() + ": rsud applied " + applied.get("gw-rsud/rsud-1") + " below " + rsud);
        }
    }

    /** These sessions online, no boosts. */
    static SessionSource online(Supplier<List<Session>> sessions) {
        return new SessionSource() {
            @Override
            public List<Session> onlineSessions() {
                return sessions.get();
            }

            @Override
            public List<id.pita.core.district.Boost> boosts(Instant now) {
                return List.of();
            }
        };
    }

    /** Gateways that apply every rate they are sent (recorded in {@code applied} and {@code pushes}) and ACK. */
    static Pusher applying(Map<String, Bandwidth> applied, List<Push> pushes, Clock clock) {
        return push -> {
            if (push instanceof Push.RateChange change) {
                applied.put(push.sessionKey(), change.rate());
                pushes.add(push);
            }
            return CompletableFuture.completedFuture(new PushResult(PushResult.Outcome.ACK, "", clock.instant()));
        };
    }

    /** The SNMP4J poller on {@code snmpd}'s interface 3, v2c, polled by the test ({@link SnmpUplinkPoller#poll}). */
    static SnmpUplinkPoller poller(Snmpd snmpd, UplinkMonitor monitor, Clock clock) {
        return new SnmpUplinkPoller(new SnmpSettings("127.0.0.1", snmpd.address().getPort(), SnmpSettings.Version.V2C,
                // 2 s, not 500 ms: every step asserts a reading, and snmpd forks the pass script for each of the four
                // OIDs, which a loaded 2-core machine can make slower than 500 ms twice (the retry). No poll here is
                // meant to time out, so a quick answer takes no longer.
                Snmpd.COMMUNITY, 3, Duration.ofHours(1), Duration.ofSeconds(2), Duration.ofMinutes(5),
                Optional.empty()), monitor, clock, new EngineMetrics());
    }

    static Session session(String gatewayId, String siteCode, Instant start) {
        return new Session(gatewayId, siteCode + "-1", "user-" + siteCode, siteCode, "", "10.0.0.1", start, start,
                0, 0, 0, Bandwidth.ZERO, null);
    }
}
