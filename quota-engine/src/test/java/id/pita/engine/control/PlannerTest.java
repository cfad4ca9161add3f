package id.pita.engine.control;

import static id.pita.engine.access.TestDistricts.WITA;
import static id.pita.engine.access.TestDistricts.monday;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.allocation.Allocation;
import id.pita.core.allocation.Allocator;
import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Boost;
import id.pita.core.district.BoostState;
import id.pita.core.district.District;
import id.pita.core.session.Session;
import id.pita.engine.access.DeviceUsage;
import id.pita.engine.access.RegimeSource;
import id.pita.engine.access.TestDistricts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private final District paser = TestDistricts.paser();
    private final RegimeSource regimes = TestDistricts.regimes(paser);
    private final Planner real = new Planner(Allocator::allocate, 0.10);

    static Session session(String gw, String id, String site, String mac, Bandwidth lastPushed) {
        var t = monday("06:00", WITA);
        return new Session(gw, id, "user-" + id, site, mac, "10.1.0." + id.length(), t, t, 0, 0, 0, lastPushed, null);
    }

    static Session office(Bandwidth lastPushed) {
        return session("gw-kominfo", "k1", "dinas-kominfo", "", lastPushed);
    }

    static Session citizen(String id, String mac, Bandwidth lastPushed) {
        return session("gw-taman", id, "taman-kota", mac, lastPushed);
    }

    private PlanInput input(Instant now, List<Session> sessions, Map<String, DeviceUsage> usage, Set<String> inFlight) {
        return new PlanInput(now, paser, regimes.at(now), sessions, Map.of(), Map.of(), List.of(), usage, inFlight);
    }

    private static Planner fixedSiteRate(Bandwidth rate) {
        return new Planner(in -> new Allocation(Bandwidth.ZERO, Bandwidth.ZERO, Map.of("dinas-kominfo", rate),
                Map.of(), List.of()), 0.10);
    }

    @Test
    void changeWithinHysteresisIsNotPushedAndBeyondItIs() {
        var now = monday("10:00", WITA);
        var last = Bandwidth.mbps(10, 10);
        var in = input(now, List.of(office(last)), Map.of(), Set.of());
        var nine = fixedSiteRate(Bandwidth.mbps(10.9, 9.1)).plan(in);
        assertThat(nine.pushes()).isEmpty();
        var eleven = fixedSiteRate(Bandwidth.mbps(11.1, 10)).plan(in);
        assertThat(eleven.pushes()).containsExactly(
                new Push.RateChange("gw-kominfo", "k1", "user-k1", Bandwidth.mbps(11.1, 10), last));
        var down = fixedSiteRate(Bandwidth.mbps(10, 8.9)).plan(in);
        assertThat(down.pushes()).hasSize(1);
    }

    @Test
    void firstPlanPushesToEverySessionWithNothingPushedYet() {
        var now = monday("19:00", WITA);
        var sessions = List.of(office(Bandwidth.ZERO), citizen("c1", "AA:00:00:00:00:01", Bandwidth.ZERO),
                citizen("c2", "AA:00:00:00:00:02", Bandwidth.ZERO));
        var plan = real.plan(input(now, sessions, Map.of(), Set.of()));
        assertThat(plan.pushes()).hasSize(3).allSatisfy(p -> {
            assertThat(p).isInstanceOf(Push.RateChange.class);
            assertThat(((Push.RateChange) p).previous()).isEqualTo(Bandwidth.ZERO);
        });
        var c1 = (Push.RateChange) plan.pushes().stream().filter(p -> p.acctSessionId().equals("c1")).findFirst().get();
        assertThat(c1.rate()).isEqualTo(plan.allocation().sessions().get("gw-taman/c1"));
        assertThat(c1.rate().fitsWithin(TestDistricts.PLAN.deviceCap())).isTrue();
        var k1 = plan.pushes().stream().filter(p -> p.acctSessionId().equals("k1")).findFirst().get();
        assertThat(((Push.RateChange) k1).rate()).isEqualTo(plan.allocation().sites().get("dinas-kominfo"));
    }

    @Test
    void boundaryAt1600MovesCapacityFromOfficesToHotspotsInOnePlan() {
        var before = real.plan(input(monday("15:59:59", WITA), List.of(office(Bandwidth.ZERO)), Map.of(), Set.of()));
        var officeRate = before.allocation().sites().get("dinas-kominfo");
        var sessions = List.of(office(officeRate), citizen("c1", "AA:00:00:00:00:01", Bandwidth.ZERO));
        var at1600 = monday("16:00", WITA);
        assertThat(regimes.at(at1600).regime()).isEqualTo(Regime.AFTER_HOURS);
        var after = real.plan(input(at1600, sessions, Map.of(), Set.of()));

        assertThat(after.allocation().hotspotClass().down()).isGreaterThan(before.allocation().hotspotClass().down());
        assertThat(after.allocation().officeClass().down()).isLessThan(before.allocation().officeClass().down());
        assertThat(after.pushes()).hasSize(2);
        var officePush = (Push.RateChange) after.pushes().get(0);
        assertThat(officePush.acctSessionId()).isEqualTo("k1");
        assertThat(officePush.rate().down()).isLessThan(officeRate.down());
        var citizenPush = (Push.RateChange) after.pushes().get(1);
        assertThat(citizenPush.acctSessionId()).isEqualTo("c1");
        assertThat(citizenPush.rate().down()).isPositive();
    }

    @Test
    void hotspotClosingAt0730DisconnectsItsSessionsAndGivesItNothing() {
        var sessions = List.of(office(Bandwidth.mbps(10, 10)), citizen("c1", "AA:00:00:00:00:01", Bandwidth.mbps(4, 2)),
                citizen("c2", "AA:00:00:00:00:02", Bandwidth.mbps(4, 2)));
        var plan = real.plan(input(monday("07:30", WITA), sessions, Map.of(), Set.of()));
        assertThat(plan.pushes()).filteredOn(p -> p instanceof Push.Disconnect)
                .extracting(Push::acctSessionId).containsExactly("c1", "c2");
        assertThat(plan.pushes().get(0)).isEqualTo(
                new Push.Disconnect("gw-taman", "c1", "user-c1", Push.Disconnect.HOTSPOT_CLOSED));
        assertThat(plan.allocation().sites()).containsEntry("taman-kota", Bandwidth.ZERO);
        assertThat(plan.allocation().sessions()).isEmpty();
    }

    @Test
    void sessionOverDailyQuotaIsDisconnectedOthersKeepTheirRate() {
        var now = monday("19:00", WITA);
        var sessions = List.of(citizen("c1", "AA:00:00:00:00:01", Bandwidth.ZERO),
                citizen("c2", "AA:00:00:00:00:02", Bandwidth.ZERO), citizen("c3", "AA:00:00:00:00:03", Bandwidth.ZERO));
        var usage = Map.of("AA:00:00:00:00:01", new DeviceUsage(500_000_000L, 10),
                "AA:00:00:00:00:03", new DeviceUsage(1_000, 3 * 3600));
        var plan = real.plan(input(now, sessions, usage, Set.of()));
        assertThat(plan.pushes()).hasSize(3);
        assertThat(plan.pushes().subList(0, 2)).containsExactly(
                new Push.Disconnect("gw-taman", "c1", "user-c1", Push.Disconnect.QUOTA_EXHAUSTED),
                new Push.Disconnect("gw-taman", "c3", "user-c3", Push.Disconnect.QUOTA_EXHAUSTED));
        assertThat(plan.pushes().get(2)).isInstanceOf(Push.RateChange.class);
    }

    @Test
    void sessionWithPushInFlightIsLeftAlone() {
        var sessions = List.of(office(Bandwidth.ZERO));
        var plan = real.plan(input(monday("10:00", WITA), sessions, Map.of(), Set.of("gw-kominfo/k1")));
        assertThat(plan.pushes()).isEmpty();
    }

    @Test
    void decreasesGoBeforeIncreases() {
        var sessions = List.of(citizen("c1", "AA:00:00:00:00:01", Bandwidth.mbps(0.5, 0.5)),
                citizen("c2", "AA:00:00:00:00:02", Bandwidth.mbps(40, 40)));
        var plan = real.plan(input(monday("19:00", WITA), sessions, Map.of(), Set.of()));
        assertThat(plan.pushes()).extracting(Push::acctSessionId).containsExactly("c2", "c1");
    }

    @Test
    void activeApprovedBoostRaisesTheOfficesShare() {
        var now = monday("10:00", WITA);
        var boost = new Boost(1, "dinas-kominfo", Bandwidth.mbps(30, 30), now.minusSeconds(60), now.plusSeconds(3600),
                "Zoom rapat bupati", BoostState.APPROVED, "operator", "admin");
        var requested = new Boost(2, "rsud", Bandwidth.mbps(30, 30), now.minusSeconds(60), now.plusSeconds(3600),
                "", BoostState.REQUESTED, "operator", "");
        var captured = new java.util.ArrayList<id.pita.core.allocation.AllocationInput>();
        new Planner(in -> {
            captured.add(in);
            return Allocator.allocate(in);
        }, 0.1).plan(new PlanInput(now, paser, regimes.at(now), List.of(), Map.of(), Map.of(),
                List.of(boost, requested), Map.of(), Set.of()));
        var bySite = captured.get(0).sites().stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.site().code(), s -> s.boost()));
        assertThat(bySite).containsEntry("dinas-kominfo", Bandwidth.mbps(30, 30)).containsEntry("rsud", Bandwidth.ZERO);
        assertThat(bySite).containsEntry("taman-kota", Bandwidth.ZERO);
    }

    private static final java.time.Duration DWELL = java.time.Duration.ofMinutes(5);

    private PlanInput withMemory(Instant now, List<Session> sessions, Map<String, Bandwidth> siteDemand,
                                 Map<String, PushMemory> memory) {
        return new PlanInput(now, paser, regimes.at(now), sessions, siteDemand, Map.of(), List.of(), Map.of(),
                Set.of(), memory);
    }

    @Test
    void demandDrivenChangeWaitsForTheDwellTimeARegimeSwitchDoesNot() {
        var now = monday("19:00", WITA);
        var planner = new Planner(in -> new Allocation(Bandwidth.ZERO, Bandwidth.ZERO,
                Map.of("dinas-kominfo", Bandwidth.mbps(20, 20)), Map.of(), List.of()), 0.10, DWELL);
        var last = Bandwidth.mbps(10, 10);
        var context = Planner.context(withMemory(now, List.of(), Map.of(), Map.of()));
        var recent = Map.of("gw-kominfo/k1", new PushMemory(now.minusSeconds(60), context, Bandwidth.ZERO));
        assertThat(planner.plan(withMemory(now, List.of(office(last)), Map.of(), recent)).pushes()).isEmpty();

        var old = Map.of("gw-kominfo/k1", new PushMemory(now.minus(DWELL), context, Bandwidth.ZERO));
        assertThat(planner.plan(withMemory(now, List.of(office(last)), Map.of(), old)).pushes())
                .containsExactly(new Push.RateChange("gw-kominfo", "k1", "user-k1", Bandwidth.mbps(20, 20), last,
                        PushReason.DEMAND));

        var officeHours = new PushContext(Regime.OFFICE_HOURS, Set.of(), context.districtHash(), false);
        var beforeSwitch = Map.of("gw-kominfo/k1", new PushMemory(now.minusSeconds(60), officeHours, Bandwidth.ZERO));
        assertThat(planner.plan(withMemory(now, List.of(office(last)), Map.of(), beforeSwitch)).pushes())
                .extracting(Push::pushReason).containsExactly(PushReason.REGIME);
    }

    @Test
    void rateBelowAHoldingGuaranteeIsPushedDuringTheDwellAndWithinTheHysteresis() {
        var now = monday("10:00", WITA);
        var planner = new Planner(in -> new Allocation(Bandwidth.ZERO, Bandwidth.ZERO,
                Map.of("dinas-kominfo", Bandwidth.mbps(10.5, 10.5)), Map.of(), List.of()), 0.10, DWELL);
        var context = Planner.context(withMemory(now, List.of(), Map.of(), Map.of()));
        var recent = Map.of("gw-kominfo/k1", new PushMemory(now.minusSeconds(30), context, Bandwidth.ZERO));
        // 9.8 Mbit/s is within 10 % of 10.5, but under Kominfo's 10 Mbit/s guarantee
        var plan = planner.plan(withMemory(now, List.of(office(Bandwidth.mbps(9.8, 10.5))), Map.of(), recent));
        assertThat(plan.pushes()).hasSize(1);
    }

    @Test
    void officeDemandBelowItsGuaranteeIsRaisedToItWhileTheGuaranteeHolds() {
        var captured = new java.util.ArrayList<id.pita.core.allocation.AllocationInput>();
        var planner = new Planner(in -> {
            captured.add(in);
            return Allocator.allocate(in);
        }, 0.10, DWELL);
        var trickle = Map.of("dinas-kominfo", Bandwidth.mbps(1, 1), "rsud", Bandwidth.mbps(1, 1));
        planner.plan(withMemory(monday("10:00", WITA), List.of(), trickle, Map.of()));
        planner.plan(withMemory(monday("19:00", WITA), List.of(), trickle, Map.of()));
        var day = demandBySite(captured.get(0));
        var night = demandBySite(captured.get(1));
        assertThat(day).containsEntry("dinas-kominfo", Bandwidth.mbps(10, 10)).containsEntry("rsud",
                Bandwidth.mbps(20, 20));
        // after hours only the always-on hospital keeps its floor
        assertThat(night).containsEntry("dinas-kominfo", Bandwidth.mbps(1, 1)).containsEntry("rsud",
                Bandwidth.mbps(20, 20));
    }

    private static Map<String, Bandwidth> demandBySite(id.pita.core.allocation.AllocationInput in) {
        return in.sites().stream().collect(java.util.stream.Collectors.toMap(s -> s.site().code(), s -> s.demand()));
    }

    @Test
    void heldDecreasesAreSentWhenTheIncreasesWouldOverrunThePool() {
        var now = monday("19:00", WITA);
        // pool 100 Mbit/s: c1 is planned down from 60 to 40 (held by its dwell), c2 up from 30 to 55
        var planner = new Planner(in -> new Allocation(Bandwidth.ZERO, Bandwidth.ZERO, Map.of(),
                Map.of("gw-taman/c1", Bandwidth.mbps(40, 40), "gw-taman/c2", Bandwidth.mbps(55, 55)), List.of()),
                0.10, DWELL);
        var wide = TestDistricts.district(WITA, false);
        var plan = new id.pita.core.district.CitizenPlan(Bandwidth.mbps(100, 100), 0, java.time.Duration.ZERO,
                java.time.Duration.ofHours(2), java.time.Duration.ofMinutes(10), java.time.Duration.ofMinutes(5), 1);
        var district = new District(wide.code(), wide.name(), wide.zone(), wide.pool(), wide.sites(), wide.gateways(),
                wide.calendar(), wide.policies(), plan);
        var sessions = List.of(citizen("c1", "AA:00:00:00:00:01", Bandwidth.mbps(60, 60)),
                citizen("c2", "AA:00:00:00:00:02", Bandwidth.mbps(30, 30)));
        var context = Planner.context(new PlanInput(now, district, regimes.at(now), List.of(), Map.of(), Map.of(),
                List.of(), Map.of(), Set.of()));
        var memory = Map.of("gw-taman/c1", new PushMemory(now.minusSeconds(30), context, Bandwidth.ZERO),
                "gw-taman/c2", new PushMemory(now.minus(DWELL), context, Bandwidth.ZERO));
        var decision = planner.plan(new PlanInput(now, district, regimes.at(now), sessions, Map.of(), Map.of(),
                List.of(), Map.of(), Set.of(), memory));
        assertThat(decision.pushes()).extracting(Push::acctSessionId).containsExactly("c1", "c2");

        // without the increase, c1 waits for its dwell
        var alone = planner.plan(new PlanInput(now, district, regimes.at(now), sessions.subList(0, 1), Map.of(),
                Map.of(), List.of(), Map.of(), Set.of(), memory));
        assertThat(alone.pushes()).isEmpty();
    }

    @Test
    void sessionOverQuotaUnderAThrottlingPlanIsThrottledAtOnceAndRestoredWhenTheQuotaResets() {
        var now = monday("19:00", WITA);
        var throttle = Bandwidth.mbps(0.256, 0.128);
        var district = new District(paser.code(), paser.name(), paser.zone(), paser.pool(), paser.sites(),
                paser.gateways(), paser.calendar(), paser.policies(),
                paser.citizenPlan().withOverQuota(id.pita.core.district.OverQuota.THROTTLE, throttle));
        var planner = new Planner(Allocator::allocate, 0.10, DWELL);
        var sessions = List.of(citizen("c1", "AA:00:00:00:00:01", Bandwidth.mbps(4, 2)),
                citizen("c2", "AA:00:00:00:00:02", Bandwidth.mbps(4, 2)));
        var spent = Map.of("AA:00:00:00:00:01", new DeviceUsage(500_000_000L, 10));
        var base = new PlanInput(now, district, regimes.at(now), sessions, Map.of(), Map.of(), List.of(), spent,
                Set.of());
        var context = Planner.context(base);
        var justPushed = Map.of("gw-taman/c1", new PushMemory(now.minusSeconds(30), context, Bandwidth.ZERO),
                "gw-taman/c2", new PushMemory(now.minusSeconds(30), context, Bandwidth.ZERO));
        var plan = planner.plan(new PlanInput(now, district, regimes.at(now), sessions, Map.of(), Map.of(), List.of(),
                spent, Set.of(), justPushed));
        assertThat(plan.pushes()).containsExactly(new Push.RateChange("gw-taman", "c1", "user-c1", throttle,
                Bandwidth.mbps(4, 2), PushReason.QUOTA));

        // next morning the quota is back: the rate comes back at once, not after a dwell
        var throttledUnder = plan.contexts().get("gw-taman/c1");
        var later = Map.of("gw-taman/c1", new PushMemory(now.plusSeconds(30), throttledUnder, Bandwidth.ZERO));
        var restored = planner.plan(new PlanInput(now.plusSeconds(60), district, regimes.at(now), List.of(
                citizen("c1", "AA:00:00:00:00:01", throttle)), Map.of(), Map.of(), List.of(), Map.of(), Set.of(),
                later));
        assertThat(restored.pushes()).extracting(Push::pushReason).containsExactly(PushReason.QUOTA);
    }
}
