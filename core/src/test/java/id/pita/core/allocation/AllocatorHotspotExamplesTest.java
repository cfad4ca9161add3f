package id.pita.core.allocation;

import static id.pita.core.allocation.Districts.hotspot;
import static id.pita.core.allocation.Districts.mbps;
import static id.pita.core.allocation.Districts.office;
import static id.pita.core.allocation.Districts.plan;
import static id.pita.core.allocation.Districts.policy;
import static id.pita.core.allocation.Districts.session;
import static id.pita.core.allocation.Districts.share;
import static id.pita.core.allocation.Districts.wants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples for hotspots and their sessions on a 100 Mbps pool. */
class AllocatorHotspotExamplesTest {
    private static final Bandwidth POOL = mbps(100);
    private static final List<SiteDemand> SITES = List.of(wants(office("bappeda", 20, 60, 1), 60),
            wants(hotspot("pasar", 0, 20, 1), 20), wants(hotspot("taman-kota", 0, 50, 1), 50));
    private static final List<SessionDemand> SESSIONS = List.of(
            session("c", "pasar", 20), session("a", "pasar", 20), session("b", "pasar", 20),
            session("d", "taman-kota", 1), session("e", "taman-kota", 30),
            session("f", "bappeda", 5), session("g", "nowhere", 5));

    @Test
    void sessionsShareTheirHotspotEquallyUpToTheDeviceCap() {
        var a = Allocator.allocate(new AllocationInput(POOL,
                policy(Regime.AFTER_HOURS, share(0.2, 1.0, 1), share(0.3, 1.0, 1), true), plan(10), SITES, SESSIONS));
        // Demand 60 + 20 + 50 = 130 > 100. Level 1: office floor 20, hotspot floor 30 (30% of the pool),
        // L + L = 100 -> 50 each; the hotspot class wants exactly 20 + 50 = 70, so 50 is split by weight:
        // pasar min(20, L), taman-kota min(50, L) -> pasar 20 (its ceiling), taman-kota 30.
        assertThat(a.sites()).containsEntry("bappeda", mbps(50)).containsEntry("pasar", mbps(20))
                .containsEntry("taman-kota", mbps(30));
        // pasar: 20 / 3 = 6,666,666.67 each, below the 10 device cap; rounded down with 2 bit/s left, given to
        // the first two in key order (a, b).
        assertThat(a.sessions()).containsEntry("a", Bandwidth.symmetric(6_666_667))
                .containsEntry("b", Bandwidth.symmetric(6_666_667))
                .containsEntry("c", Bandwidth.symmetric(6_666_666));
        // taman-kota: d wants 1, e wants 30 but the device cap is 10; 11 of 30 used in phase 1. The 19 left are
        // lent equally up to the device cap: d rises to 10 too (work conservation), 20 of 30 used, 10 unused.
        assertThat(a.sessions()).containsEntry("d", mbps(10)).containsEntry("e", mbps(10));
        // A session at an office or at an unknown site gets no rate, and that is reported.
        assertThat(a.sessions()).doesNotContainKeys("f", "g");
        assertThat(a.warnings()).containsExactly(
                "1 session(s) at site 'bappeda', which is not a known hotspot, got no rate",
                "1 session(s) at site 'nowhere', which is not a known hotspot, got no rate");
    }

    @Test
    void closedHotspotsGetNothingAndTheSessionsAreReported() {
        var a = Allocator.allocate(new AllocationInput(POOL,
                policy(Regime.OFFICE_HOURS, share(0.5, 0.9, 1), share(0.1, 0.5, 1), false), plan(10), SITES,
                SESSIONS));
        // Only the office class takes part: it wants min(90% of 100, 60) = 60, bappeda's ceiling.
        assertThat(a.officeClass()).isEqualTo(mbps(60));
        assertThat(a.hotspotClass()).isEqualTo(Bandwidth.ZERO);
        assertThat(a.sites()).containsEntry("bappeda", mbps(60)).containsEntry("pasar", Bandwidth.ZERO)
                .containsEntry("taman-kota", Bandwidth.ZERO);
        assertThat(a.sessions()).hasSize(5).allSatisfy((key, rate) -> assertThat(rate).isEqualTo(Bandwidth.ZERO));
        assertThat(a.warnings()).contains("Public hotspots are closed under the OFFICE_HOURS policy:"
                + " 5 session(s) get 0 bit/s");
    }

    @Test
    void rejectsASiteListedTwice() {
        var twice = List.of(wants(office("bappeda", 1, 2, 1), 1), wants(office("bappeda", 1, 3, 1), 1));
        assertThatThrownBy(() -> Allocator.allocate(new AllocationInput(POOL,
                policy(Regime.OFFICE_HOURS, share(0.5, 1.0, 1), share(0, 0.5, 1), true), plan(10), twice,
                List.of()))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'bappeda' is listed twice");
    }

    @Test
    void rejectsASessionListedTwice() {
        var twice = List.of(session("a", "pasar", 1), session("a", "pasar", 2));
        assertThatThrownBy(() -> Allocator.allocate(new AllocationInput(POOL,
                policy(Regime.OFFICE_HOURS, share(0.5, 1.0, 1), share(0, 0.5, 1), true), plan(10), SITES, twice)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("sessions: a key is listed twice");
    }
}
