package id.pita.engine.control;

import static id.pita.engine.access.TestDistricts.WITA;
import static id.pita.engine.access.TestDistricts.monday;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.allocation.Allocator;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.district.Pool;
import id.pita.core.uplink.UplinkState;
import id.pita.engine.access.TestDistricts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner on the effective pool: measured main link, backup link, and the tier state in the push context. */
class PlannerUplinkTest {
    private final District paser = TestDistricts.paser();
    private final District withBackup = new District(paser.code(), paser.name(), paser.zone(),
            new Pool(paser.pool().capacity(), paser.pool().monthlyCostIdr(), Bandwidth.mbps(22, 22), Pool.DEFAULT_TIERS),
            paser.sites(), paser.gateways(), paser.calendar(), paser.policies(), paser.citizenPlan());
    private final Planner planner = new Planner(Allocator::allocate, 0.10);

    private PlanInput input(District d, UplinkState uplink) {
        var now = monday("10:00", WITA);
        return new PlanInput(now, d, TestDistricts.regimes(d).at(now), List.of(), Map.of(), Map.of(), List.of(),
                Map.of(), Set.of(), Map.of(), uplink);
    }

    private static long sum(Map<String, Bandwidth> rates) {
        return rates.values().stream().mapToLong(Bandwidth::down).sum();
    }

    @Test
    void unmeasuredPlansOnTheContractedPoolAsBefore() {
        var plan = planner.plan(input(paser, UplinkState.NOMINAL));
        assertThat(Planner.effectivePool(input(paser, UplinkState.NOMINAL))).isEqualTo(Bandwidth.mbps(100, 100));
        assertThat(sum(plan.allocation().sites())).isGreaterThan(Bandwidth.mbps(25, 0).down());
    }

    @Test
    void aShortMainLinkKeepsTheHospitalWholeAndStaysWithinWhatTheLinkCarries() {
        var in = input(paser, new UplinkState(true, Bandwidth.mbps(25, 25)));
        var plan = planner.plan(in);
        assertThat(sum(plan.allocation().sites())).isLessThanOrEqualTo(Bandwidth.mbps(25, 0).down());
        assertThat(plan.allocation().sites().get("rsud").down()).isGreaterThanOrEqualTo(Bandwidth.mbps(20, 0).down());
        assertThat(plan.allocation().warnings()).noneMatch(w -> w.contains("over-committed"));
        assertThat(Planner.tierState(in)).isEqualTo("SHORT");
    }

    @Test
    void aMeasuredCapacityAboveContractedIsCappedAtContracted() {
        var in = input(paser, new UplinkState(true, Bandwidth.mbps(400, 400)));
        assertThat(Planner.effectivePool(in)).isEqualTo(Bandwidth.mbps(100, 100));
        assertThat(Planner.tierState(in)).isEqualTo("FULL");
    }

    @Test
    void onTheBackupLinkOnlyTheAlwaysOnSiteIsGuaranteed() {
        var in = input(withBackup, UplinkState.down());
        assertThat(Planner.effectivePool(in)).isEqualTo(Bandwidth.mbps(22, 22));
        var plan = planner.plan(in);
        assertThat(sum(plan.allocation().sites())).isLessThanOrEqualTo(Bandwidth.mbps(22, 0).down());
        assertThat(plan.allocation().sites().get("rsud").down()).isGreaterThanOrEqualTo(Bandwidth.mbps(20, 0).down());
        assertThat(Planner.tierState(in)).isEqualTo("BACKUP");
    }

    @Test
    void aDownLinkWithoutBackupLeavesThePlanOnTheContractedPool() {
        var in = input(paser, UplinkState.down());
        assertThat(Planner.effectivePool(in)).isEqualTo(Bandwidth.mbps(100, 100));
    }

    @Test
    void theContextChangesWithTheTierStateOnlyNotWithEachMeasuredStep() {
        var full = Planner.context(input(withBackup, new UplinkState(true, Bandwidth.mbps(90, 90))));
        var fullToo = Planner.context(input(withBackup, new UplinkState(true, Bandwidth.mbps(80, 80))));
        var shortOne = Planner.context(input(withBackup, new UplinkState(true, Bandwidth.mbps(25, 25))));
        var shortTwo = Planner.context(input(withBackup, new UplinkState(true, Bandwidth.mbps(24, 24))));
        var backup = Planner.context(input(withBackup, UplinkState.down()));
        assertThat(fullToo).isEqualTo(full);
        assertThat(shortTwo).isEqualTo(shortOne);
        assertThat(shortOne).isNotEqualTo(full);
        assertThat(backup).isNotEqualTo(shortOne).isNotEqualTo(full);
        assertThat(shortOne.reasonSince(full)).isEqualTo(PushReason.POLICY);
        assertThat(shortTwo.reasonSince(shortOne)).isEqualTo(PushReason.DEMAND);
    }

    @Test
    void aMeasuredBackupLimitsThePlanAndABackupDownTooLeavesTheRatesAlone() {
        var slowBackup = input(withBackup, UplinkState.down().withBackup(Bandwidth.mbps(12, 12)));
        assertThat(Planner.effectivePool(slowBackup)).isEqualTo(Bandwidth.mbps(12, 12));
        assertThat(Planner.tierState(slowBackup)).isEqualTo("BACKUP");
        assertThat(sum(planner.plan(slowBackup).allocation().sites())).isLessThanOrEqualTo(Bandwidth.mbps(12, 0).down());
        var fastBackup = input(withBackup, UplinkState.down().withBackup(Bandwidth.mbps(50, 50)));
        assertThat(Planner.effectivePool(fastBackup)).as("never above the configured backup")
                .isEqualTo(Bandwidth.mbps(22, 22));
        var bothDown = input(withBackup, UplinkState.down().withBackup(Bandwidth.ZERO));
        assertThat(Planner.tierState(bothDown)).isEqualTo("CONTRACTED");
        assertThat(Planner.effectivePool(bothDown)).isEqualTo(Bandwidth.mbps(100, 100));
    }
}
