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
}
