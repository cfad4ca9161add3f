package id.pita.engine.control;

import static id.pita.engine.access.TestDistricts.WITA;
import static id.pita.engine.access.TestDistricts.monday;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.allocation.Allocator;
import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Boost;
import id.pita.core.session.Session;
import id.pita.core.testing.MutableClock;
import id.pita.core.credential.SingleNodeCredentialStore;
import id.pita.core.session.MacAddress;
import id.pita.engine.access.AccessDecision;
import id.pita.engine.access.AccessRequestInfo;
import id.pita.engine.access.DeviceUsage;
import id.pita.engine.access.PolicyAccessHandler;
import id.pita.engine.access.TestDistricts;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ControlLoopTest {
    private final MutableClock clock = MutableClock.at(monday("15:59:40", WITA));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final List<Session> online = new CopyOnWriteArrayList<>();
    private final List<Instant> sentAt = new ArrayList<>();
    private final List<Push> sent = new ArrayList<>();
    private final List<PushResult> recorded = new ArrayList<>();
    private final LivePlan live = new LivePlan();
    private CompletionStage<PushResult> answer;
    private boolean storeDown;

    private final SessionSource store = new SessionSource() {
        @Override
        public List<Session> onlineSessions() {
            if (storeDown) {
                throw new IllegalStateException("database is locked");
            }
            return List.copyOf(online);
        }

        @Override
        public List<Boost> boosts(Instant now) {
            return List.of();
        }
    };

    private ControlLoop loop(ControlConfig config) {
        return loop(config, TestDistricts.paser());
    }

    private ControlLoop loop(ControlConfig config, id.pita.core.district.District district) {
        Pusher pusher = push -> {
            sent.add(push);
            sentAt.add(clock.instant());
            return answer != null ? answer
                    : CompletableFuture.completedFuture(new PushResult(PushResult.Outcome.ACK, "", clock.instant()));
        };
        var ports = new ControlPorts(store, (mac, day, zone) -> DeviceUsage.NONE, live, pusher,
                (push, result) -> recorded.add(result));
        return new ControlLoop(config, clock, scheduler, () -> district, TestDistricts.regimes(district), ports,
                Allocator::allocate);
    }

    private static ControlConfig config(int pushesPerSecond) {
        return new ControlConfig(Duration.ofSeconds(30), 0.10, pushesPerSecond, Duration.ofMinutes(2));
    }

    @Test
    void nextRoundIsAtTheBoundaryWhenItComesBeforeThePeriod() {
        loop(config(20)).start();
        scheduler.runUntil(monday("15:59:40", WITA));
        assertThat(scheduler.pending()).extracting(t -> t.due).containsExactly(monday("16:00", WITA));
        assertThat(live.latest().get().regime().regime()).isEqualTo(Regime.OFFICE_HOURS);

        scheduler.runUntil(monday("16:00", WITA));
        assertThat(live.latest().get().at()).isEqualTo(monday("16:00", WITA));
        assertThat(live.latest().get().regime().regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(scheduler.pending()).extracting(t -> t.due).containsExactly(monday("16:00:30", WITA));
    }

    @Test
    void roundsFollowThePeriodAwayFromBoundaries() {
        clock.set(monday("19:00", WITA));
        loop(config(20)).start();
        scheduler.runUntil(monday("19:01", WITA));
        assertThat(scheduler.pending()).extracting(t -> t.due).containsExactly(monday("19:01:30", WITA));
    }

    @Test
    void pushesToOneGatewayAreSpacedAndAckedRatesAreNotPushedAgain() {
        clock.set(monday("19:00", WITA));
        for (var id : List.of("c1", "c2", "c3")) {
            online.add(PlannerTest.citizen(id, "AA:00:00:00:00:0" + id.charAt(1), Bandwidth.ZERO));
        }
        online.add(PlannerTest.office(Bandwidth.ZERO));
        loop(config(2)).start();
        scheduler.runUntil(monday("19:00:29", WITA));
        var t = monday("19:00", WITA);
        assertThat(sent).hasSize(4);
        assertThat(sentAt).containsExactly(t, t, t.plusMillis(500), t.plusMillis(1000));
        assertThat(recorded).hasSize(4).allMatch(PushResult::acked);
        assertThat(live.siteRate("taman-kota")).isPresent();
        assertThat(live.onlineSessions("taman-kota")).isEqualTo(3);

        // the store still says nothing was pushed; the loop remembers the ACKs
        scheduler.runUntil(monday("19:00:31", WITA));
        assertThat(sent).hasSize(4);
    }

    /**
     * A gateway without a CoA port (coaPort 0; openNDS likewise) gets no pushes: they could only end as ERROR. The soak
     * found its pushes (the fuzz's office gateway) counted in pita_control_pushes_total while no CoA reached the
     * gateways, and each stored as a failed push result.
     */
    @Test
    void aGatewayWithoutACoaPortGetsNoPushesTheOthersDo() {
        clock.set(monday("19:00", WITA));
        var paser = TestDistricts.paser();
        var gateways = paser.gateways().stream().map(g -> g.id().equals("gw-taman")
                ? new id.pita.core.district.Gateway(g.id(), g.siteCode(), g.address(), g.secret(), g.vendor(), 0,
                null, null) : g).toList();
        var district = new id.pita.core.district.District(paser.code(), paser.name(), paser.zone(), paser.pool(),
                paser.sites(), gateways, paser.calendar(), paser.policies(), paser.citizenPlan());
        for (var id : List.of("c1", "c2")) {
            online.add(PlannerTest.citizen(id, "AA:00:00:00:00:0" + id.charAt(1), Bandwidth.ZERO));
        }
        online.add(PlannerTest.office(Bandwidth.ZERO));
        var loop = loop(config(20), district);
        loop.start();
        scheduler.runUntil(monday("19:02", WITA));
        assertThat(sent).as("pushes sent over four rounds").extracting(Push::gatewayId).containsExactly("gw-kominfo");
        assertThat(recorded).hasSize(1).allMatch(PushResult::acked);
        assertThat(loop.pushesInFlight()).isZero();
        assertThat(live.onlineSessions("taman-kota")).as("still planned").isEqualTo(2);
    }

    @Test
    void aFollowerPlansAndPushesNothingAndPlansWithinAPeriodOfTakingOver() {
        clock.set(monday("19:00", WITA));
        online.add(PlannerTest.office(Bandwidth.ZERO));
        var leads = new java.util.concurrent.atomic.AtomicBoolean(false);
        loop(config(20)).ledBy(leads::get).start();
        scheduler.runUntil(monday("19:02", WITA));
        assertThat(sent).isEmpty();
        assertThat(live.latest()).isEmpty();

        leads.set(true);
        scheduler.runUntil(monday("19:02:30", WITA));
        assertThat(sent).hasSize(1);
        assertThat(live.latest().get().at()).isAfter(monday("19:02", WITA));
    }

    @Test
    void aNewLeaderDoesNotPushAgainWhatTheStoreSaysTheGatewaysHave() {
        clock.set(monday("19:00", WITA));
        for (var id : List.of("c1", "c2", "c3")) {
            online.add(PlannerTest.citizen(id, "AA:00:00:00:00:0" + id.charAt(1), Bandwidth.ZERO));
        }
        online.add(PlannerTest.office(Bandwidth.ZERO));
        var first = loop(config(20));
        first.start();
        scheduler.runUntil(monday("19:00:29", WITA));
        assertThat(sent).hasSize(4);
        first.stop();
        // what the ledger writes to the store on each ACK: the session's pushed rate
        for (var push : List.copyOf(sent)) {
            var change = (Push.RateChange) push;
            online.replaceAll(s -> s.acctSessionId().equals(change.acctSessionId())
                    ? PlannerTest.session(s.gatewayId(), s.acctSessionId(), s.siteCode(), s.mac(), change.rate()) : s);
        }
        sent.clear();

        loop(config(20)).start(); // another node, with no memory of those pushes
        scheduler.runUntil(monday("19:02", WITA));
        assertThat(sent).isEmpty();
    }

    @Test
    void sessionWithUnansweredPushIsNotPushedAgainUntilTheAnswer() {
        clock.set(monday("19:00", WITA));
        online.add(PlannerTest.office(Bandwidth.ZERO));
        var pending = new CompletableFuture<PushResult>();
        answer = pending;
        var loop = loop(config(20));
        loop.start();
        scheduler.runUntil(monday("19:01:05", WITA));
        assertThat(sent).hasSize(1);
        assertThat(loop.pushesInFlight()).isEqualTo(1);
        pending.complete(new PushResult(PushResult.Outcome.NAK, "Error-Cause 506", clock.instant(), 506, ""));
        assertThat(recorded).extracting(PushResult::outcome).containsExactly(PushResult.Outcome.NAK);
        assertThat(loop.pushesInFlight()).isZero();
        scheduler.runUntil(monday("19:01:30", WITA));
        assertThat(sent).hasSize(2);
    }

    @Test
    void failedRoundIsLoggedAndTheScheduleGoesOn() {
        clock.set(monday("19:00", WITA));
        storeDown = true;
        loop(config(20)).start();
        scheduler.runUntil(monday("19:00", WITA));
        assertThat(live.latest()).isEmpty();
        assertThat(scheduler.pending()).extracting(t -> t.due).containsExactly(monday("19:00:30", WITA));
        storeDown = false;
        scheduler.runUntil(monday("19:00:30", WITA));
        assertThat(live.latest()).isPresent();
    }

    @Test
    void stopCancelsTheNextRound() {
        clock.set(monday("19:00", WITA));
        var loop = loop(config(20));
        loop.start();
        scheduler.runUntil(monday("19:00", WITA));
        loop.stop();
        assertThat(scheduler.pending()).isEmpty();
    }

    @Test
    void pushSpacingCarriesOverIntoTheNextRound() {
        clock.set(monday("19:00", WITA));
        for (int i = 1; i <= 8; i++) {
            online.add(PlannerTest.citizen("c" + i, "AA:00:00:00:00:0" + i, Bandwidth.ZERO));
        }
        loop(new ControlConfig(Duration.ofSeconds(5), 0.10, 1, Duration.ofMinutes(2))).start();
        scheduler.runUntil(monday("19:00:04", WITA));
        online.add(PlannerTest.citizen("c9", "AA:00:00:00:00:09", Bandwidth.ZERO));
        scheduler.runUntil(monday("19:00:09", WITA));
        var t = monday("19:00", WITA);
        assertThat(sent).extracting(Push::acctSessionId)
                .containsExactly("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9");
        assertThat(sentAt.get(8)).isEqualTo(t.plusSeconds(8));
        assertThat(sentAt).doesNotHaveDuplicates();
    }

    @Test
    void accessPolicySharesTheSiteRateTheLoopPublished() {
        clock.set(monday("19:00", WITA));
        online.add(PlannerTest.citizen("c1", "AA:00:00:00:00:01", Bandwidth.ZERO));
        online.add(PlannerTest.citizen("c2", "AA:00:00:00:00:02", Bandwidth.ZERO));
        loop(config(20)).start();
        scheduler.runUntil(monday("19:00:01", WITA));
        var site = live.siteRate("taman-kota").orElseThrow();

        var credentials = new SingleNodeCredentialStore(new SecureRandom(), Duration.ofMinutes(2), 10);
        var handler = new PolicyAccessHandler(clock, TestDistricts::paser, TestDistricts.regimes(TestDistricts.paser()),
                credentials, live, (mac, day, zone) -> DeviceUsage.NONE);
        var c = credentials.mint("gw-taman", "taman-kota", MacAddress.parse("AA:00:00:00:00:03"), clock.instant());
        var decision = handler.decide(new AccessRequestInfo(TestDistricts.GW_TAMAN, c.username(), Optional.empty(),
                Optional.empty(), Optional.empty(), c.password()::equals));
        var expected = new Bandwidth(site.down() / 3, site.up() / 3).min(TestDistricts.PLAN.deviceCap());
        assertThat(((AccessDecision.Accept) decision).reply().rate()).isEqualTo(expected);
    }

    @Test
    void ackedDisconnectIsNotRepeatedWhileTheStopIsOnItsWay() {
        clock.set(monday("19:00", WITA));
        online.add(PlannerTest.citizen("c1", "AA:00:00:00:00:01", Bandwidth.mbps(4, 2)));
        var ports = new ControlPorts(store, (mac, day, zone) -> new DeviceUsage(0, 3 * 3600), live,
                push -> {
                    sent.add(push);
                    return CompletableFuture.completedFuture(
                            new PushResult(PushResult.Outcome.ACK, "", clock.instant()));
                }, (push, result) -> recorded.add(result));
        var district = TestDistricts.paser();
        new ControlLoop(config(20), clock, scheduler, () -> district, TestDistricts.regimes(district), ports,
                Allocator::allocate).start();
        scheduler.runUntil(monday("19:01:05", WITA));
        assertThat(sent).containsExactly(
                new Push.Disconnect("gw-taman", "c1", "user-c1", Push.Disconnect.QUOTA_EXHAUSTED));
    }

    /**
     * A round reads today's use of all its devices in one call to the port (a store answers it in one statement), never
     * one call per device: 100,000 one-device reads made a round on PostgreSQL last longer than its period.
     */
    @Test
    void aRoundReadsEveryDevicesUseTodayInOneCall() {
        clock.set(monday("19:00", WITA));
        online.add(PlannerTest.citizen("c1", "AA:00:00:00:00:01", Bandwidth.mbps(4, 2)));
        online.add(PlannerTest.citizen("c2", "AA:00:00:00:00:02", Bandwidth.mbps(4, 2)));
        online.add(PlannerTest.office(Bandwidth.ZERO));
        var asked = new ArrayList<java.util.Set<String>>();
        var usage = new id.pita.engine.access.DailyUsage() {
            @Override
            public DeviceUsage usedOn(String mac, java.time.LocalDate day, java.time.ZoneId zone) {
                throw new AssertionError("one read per device: " + mac);
            }

            @Override
            public java.util.Map<String, DeviceUsage> usedOnAll(java.util.Set<String> macs, java.time.LocalDate day,
                                                                java.time.ZoneId zone) {
                assertThat(zone).isEqualTo(WITA);
                asked.add(java.util.Set.copyOf(macs));
                // c1's device has used its three hours today, c2's nothing
                return java.util.Map.of("AA:00:00:00:00:01", new DeviceUsage(0, 3 * 3600),
                        "AA:00:00:00:00:02", DeviceUsage.NONE);
            }
        };
        var ports = new ControlPorts(store, usage, live, push -> {
            sent.add(push);
            return CompletableFuture.completedFuture(new PushResult(PushResult.Outcome.ACK, "", clock.instant()));
        }, (push, result) -> recorded.add(result));
        var district = TestDistricts.paser();
        new ControlLoop(config(20), clock, scheduler, () -> district, TestDistricts.regimes(district), ports,
                Allocator::allocate).start();
        scheduler.runUntil(monday("19:01:05", WITA));
        // three rounds (19:00, 19:00:30, 19:01), one call each, for the two hotspot devices (the office has none)
        assertThat(asked).hasSize(3).allSatisfy(macs ->
                assertThat(macs).containsExactlyInAnyOrder("AA:00:00:00:00:01", "AA:00:00:00:00:02"));
        assertThat(sent).contains(new Push.Disconnect("gw-taman", "c1", "user-c1", Push.Disconnect.QUOTA_EXHAUSTED));
        assertThat(sent).noneMatch(p -> p instanceof Push.Disconnect && p.sessionKey().endsWith("/c2"));
    }

    @Test
    void pushesAreCountedByReasonAndGatewayInMetrics() {
        clock.set(monday("19:00", WITA));
        online.add(PlannerTest.citizen("c1", "AA:00:00:00:00:01", Bandwidth.mbps(4, 2)));
        online.add(PlannerTest.office(Bandwidth.ZERO));
        var metrics = new id.pita.engine.metrics.EngineMetrics();
        var ports = new ControlPorts(store, (mac, day, zone) -> new DeviceUsage(0, 3 * 3600), live,
                push -> CompletableFuture.completedFuture(new PushResult(PushResult.Outcome.ACK, "", clock.instant())),
                (push, result) -> recorded.add(result));
        var district = TestDistricts.paser();
        new ControlLoop(config(20), clock, scheduler, () -> district, TestDistricts.regimes(district), ports,
                Allocator::allocate, metrics).start();
        scheduler.runUntil(monday("19:00:01", WITA));
        assertThat(metrics.controlPushes().get("quota", "gw-taman")).isEqualTo(1);
        assertThat(metrics.controlPushes().get("demand", "gw-kominfo")).isEqualTo(1);
        var text = new StringBuilder();
        metrics.writePrometheus(text);
        assertThat(text).contains("pita_control_pushes_total{reason=\"quota\",gateway=\"gw-taman\"} 1");
        // every round the leader ran is timed (scripts/bench/scale reads it)
        assertThat(metrics.histogram("pita_control_round_seconds", "").count()).isGreaterThanOrEqualTo(1);
        assertThat(text).contains("pita_control_round_seconds_count");
    }

    private List<Push> afterFirstAnswer(PushResult first, java.util.function.UnaryOperator<id.pita.core.district.District> edit) {
        clock.set(monday("19:00", WITA));
        online.add(PlannerTest.office(Bandwidth.mbps(1, 1)));
        var pushes = new ArrayList<Push>();
        var ports = new ControlPorts(store, (mac, day, zone) -> DeviceUsage.NONE, live, push -> {
            pushes.add(push);
            return CompletableFuture.completedFuture(pushes.size() == 1 ? first
                    : new PushResult(PushResult.Outcome.ACK, "", clock.instant()));
        }, (push, result) -> recorded.add(result));
        var district = edit.apply(TestDistricts.paser());
        new ControlLoop(config(20), clock, scheduler, () -> district, TestDistricts.regimes(district), ports,
                Allocator::allocate).start();
        scheduler.runUntil(monday("19:00:01", WITA));
        return pushes;
    }

    @Test
    void coaRefusedAsUnsupportedOrUnansweredIsFollowedByADisconnect() {
        for (var first : List.of(new PushResult(PushResult.Outcome.NAK, "Error-Cause 405", clock.instant(), 405, ""),
                new PushResult(PushResult.Outcome.TIMEOUT, "no answer after 3 tries", clock.instant()))) {
            online.clear();
            recorded.clear();
            var pushes = afterFirstAnswer(first, d -> d);
            assertThat(pushes).hasSize(2);
            assertThat(pushes.get(0)).isInstanceOf(Push.RateChange.class);
            assertThat(pushes.get(1)).isEqualTo(new Push.Disconnect("gw-kominfo", "k1", "user-k1",
                    Push.Disconnect.COA_FALLBACK));
            assertThat(pushes.get(1).pushReason()).isEqualTo(PushReason.FALLBACK);
            assertThat(recorded.get(0).fallback()).isEqualTo("disconnect");
        }
    }

    @Test
    void otherNaksOrAGatewayWithoutFallbackKeepTheSession() {
        var busy = new PushResult(PushResult.Outcome.NAK, "Error-Cause 503", clock.instant(), 503, "");
        assertThat(afterFirstAnswer(busy, d -> d)).hasSize(1);
        assertThat(recorded.get(0).fallback()).isEmpty();
        online.clear();
        var unsupported = new PushResult(PushResult.Outcome.NAK, "Error-Cause 405", clock.instant(), 405, "");
        assertThat(afterFirstAnswer(unsupported, d -> new id.pita.core.district.District(d.code(), d.name(), d.zone(),
                d.pool(), d.sites(), d.gateways().stream().map(g -> new id.pita.core.district.Gateway(g.id(),
                        g.siteCode(), g.address(), g.secret(), g.vendor(), g.coaPort(), g.messageAuthenticator(),
                        g.portalSecret(), false)).toList(), d.calendar(), d.policies(), d.citizenPlan()))).hasSize(1);
    }

    @Test
    void anUnreachableGatewayGetsOneProbeAtATimeThenEachSessionItsLatestRateOnce() {
        clock.set(monday("15:58", WITA));
        for (int i = 0; i < 5; i++) {
            online.add(new Session("gw-kominfo", "k" + i, "user-k" + i, "dinas-kominfo", "", "", clock.instant(),
                    clock.instant(), 0, 0, 0, Bandwidth.mbps(50, 50), null));
        }
        var down = new boolean[] {true};
        var attempts = new ArrayList<Push>();
        var ports = new ControlPorts(store, (mac, day, zone) -> DeviceUsage.NONE, live, push -> {
            attempts.add(push);
            return CompletableFuture.completedFuture(new PushResult(down[0] ? PushResult.Outcome.TIMEOUT
                    : PushResult.Outcome.ACK, "", clock.instant()));
        }, (push, result) -> recorded.add(result));
        var district = TestDistricts.paser();
        var loop = new ControlLoop(new ControlConfig(Duration.ofSeconds(5), 0.10, 20, Duration.ofMinutes(2)),
                PeerConfig.defaults(), clock, scheduler, () -> district, TestDistricts.regimes(district), ports,
                Allocator::allocate, new id.pita.engine.metrics.EngineMetrics());
        loop.start();
        scheduler.runUntil(monday("16:08", WITA));
        int during = attempts.size();
        assertThat(loop.coaPeers()).singleElement().satisfies(p -> assertThat(p.reachable()).isFalse());
        down[0] = false;
        scheduler.runUntil(monday("16:12", WITA));
        var after = attempts.subList(during, attempts.size());
        assertThat(after).extracting(Push::sessionKey).doesNotHaveDuplicates().hasSize(5);
        assertThat(during).isLessThanOrEqualTo(5 + 10);
    }
}
