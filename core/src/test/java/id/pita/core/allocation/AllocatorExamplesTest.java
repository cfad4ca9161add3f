package id.pita.core.allocation;

import static id.pita.core.allocation.Districts.alwaysOn;
import static id.pita.core.allocation.Districts.hotspot;
import static id.pita.core.allocation.Districts.mbps;
import static id.pita.core.allocation.Districts.office;
import static id.pita.core.allocation.Districts.plan;
import static id.pita.core.allocation.Districts.policy;
import static id.pita.core.allocation.Districts.share;
import static id.pita.core.allocation.Districts.wants;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples on a 100 Mbps pool; the arithmetic in the comments can be checked by hand. */
class AllocatorExamplesTest {
    private static final Bandwidth POOL = mbps(100);
    private static final List<SessionDemand> NO_SESSIONS = List.of();

    @Test
    void officeHoursSplitsWhatIsAboveTheGuaranteesByWeight() {
        var in = new AllocationInput(POOL,
                policy(Regime.OFFICE_HOURS, share(0.5, 1.0, 1), share(0, 0.5, 1), true), plan(10), List.of(
                        wants(office("bappeda", 20, 60, 1), 60),
                        wants(office("rsud", 30, 80, 2), 80),
                        wants(office("dinkes", 10, 30, 1), 5)), NO_SESSIONS);
        var a = Allocator.allocate(in);
        // Office class: floor max(50% of 100, 20 + 30 + min(10, 5)) = 55, wants min(100, 60 + 80 + 5) = 100;
        // no hotspot wants anything, so the office class gets the whole 100.
        assertThat(a.officeClass()).isEqualTo(mbps(100));
        assertThat(a.hotspotClass()).isEqualTo(Bandwidth.ZERO);
        // Dinkes wants only 5 and gets it. 95 left for bappeda (w 1) and rsud (w 2) at level L:
        // L + 2L = 95 -> L = 31.67 (above bappeda's 20 and rsud's 30/2 = 15, so both are above their floors).
        // bappeda 31,666,666.67 and rsud 63,333,333.33 are rounded down (sum 94,999,999); the one bit/s left
        // goes to the first site in code order that was rounded down: bappeda.
        assertThat(a.sites()).containsEntry("dinkes", mbps(5))
                .containsEntry("bappeda", Bandwidth.symmetric(31_666_667))
                .containsEntry("rsud", Bandwidth.symmetric(63_333_333));
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void afterHoursAnOfficeLosesItsFloorButAnAlwaysOnHospitalKeepsIt() {
        var sites = List.of(wants(office("bappeda", 20, 60, 1), 60), wants(alwaysOn("rsud", 30, 80, 1), 80),
                wants(hotspot("taman-kota", 10, 100, 1), 100));
        var after = Allocator.allocate(new AllocationInput(POOL,
                policy(Regime.AFTER_HOURS, share(0.2, 0.5, 1), share(0.3, 1.0, 3), true), plan(10), sites,
                NO_SESSIONS));
        // Office class: floor max(20, 0 (bappeda after hours) + 30 (rsud, always on)) = 30, cap 50.
        // Hotspot class: floor max(30, 10) = 30, cap 100, weight 3. Level L: office max(30, L), hotspot 3L:
        // 30 + 3L = 100 -> L = 23.3, below 30, so the office class stays at its floor 30 and the hotspot gets 70.
        assertThat(after.officeClass()).isEqualTo(mbps(30));
        assertThat(after.hotspotClass()).isEqualTo(mbps(70));
        // Offices share 30: rsud's floor 30 takes it all; bappeda has no floor after hours.
        assertThat(after.sites()).containsEntry("rsud", mbps(30)).containsEntry("bappeda", Bandwidth.ZERO)
                .containsEntry("taman-kota", mbps(70));

        var office = Allocator.allocate(new AllocationInput(POOL,
                policy(Regime.OFFICE_HOURS, share(0.6, 1.0, 3), share(0.1, 0.4, 1), true), plan(10), sites,
                NO_SESSIONS));
        // Office hours: office class floor max(60, 20 + 30) = 60, weight 3; hotspot floor 10, cap 40, weight 1.
        // 3L + L = 100 -> L = 25: office 75 (>= 60), hotspot 25 (between 10 and 40).
        // Offices share 75 with equal weights: 37.5 each, both above their floors 20 and 30.
        assertThat(office.officeClass()).isEqualTo(mbps(75));
        assertThat(office.sites()).containsEntry("bappeda", mbps(37.5)).containsEntry("rsud", mbps(37.5))
                .containsEntry("taman-kota", mbps(25));
    }

    @Test
    void boostRaisesTheFloorAndTheCeilingWhileActive() {
        var pol = policy(Regime.OFFICE_HOURS, share(0.5, 1.0, 1), share(0, 0.5, 1), true);
        var bappeda = office("bappeda", 10, 20, 1);
        var disdik = wants(office("disdik", 10, 100, 1), 100);
        var plain = Allocator.allocate(new AllocationInput(POOL, pol, plan(10),
                List.of(wants(bappeda, 100), disdik), NO_SESSIONS));
        // No boost: bappeda min(20, L), disdik L: bappeda stops at its ceiling 20, disdik takes 80.
        assertThat(plain.sites()).containsEntry("bappeda", mbps(20)).containsEntry("disdik", mbps(80));

        var boosted = Allocator.allocate(new AllocationInput(POOL, pol, plan(10),
                List.of(new SiteDemand(bappeda, mbps(100), mbps(30)), disdik), NO_SESSIONS));
        // Boost 30: guarantee 10 + 30 = 40, ceiling raised from 20 to 40: bappeda is fixed at 40, disdik 60.
        assertThat(boosted.sites()).containsEntry("bappeda", mbps(40)).containsEntry("disdik", mbps(60));
    }

    @Test
    void overCommittedGuaranteesAreScaledInProportionAndReported() {
        var in = new AllocationInput(POOL,
                policy(Regime.OFFICE_HOURS, share(0.5, 1.0, 1), share(0, 0.5, 1), true), plan(10), List.of(
                        wants(office("a-dinas", 60, 100, 1), 100),
                        wants(office("b-dinas", 60, 100, 5), 100),
                        wants(office("c-dinas", 30, 100, 1), 100)), NO_SESSIONS);
        var a = Allocator.allocate(in);
        // Guarantees 60 + 60 + 30 = 150 > 100: each gets guarantee * 100 / 150, whatever its weight.
        assertThat(a.sites()).containsEntry("a-dinas", mbps(40)).containsEntry("b-dinas", mbps(40))
                .containsEntry("c-dinas", mbps(20));
        assertThat(a.warnings()).contains(
                "down: pool -> office and hotspot classes over-committed: guarantees of 150M exceed the 100M"
                        + " available; each scaled to 66.7%",
                "down: office class -> offices over-committed: guarantees of 150M exceed the 100M available;"
                        + " each scaled to 66.7%");
        assertThat(a.warnings()).hasSize(4); // the same two for "up"
    }
}
