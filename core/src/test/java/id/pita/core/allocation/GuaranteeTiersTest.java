package id.pita.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.CitizenPlan;
import id.pita.core.district.ClassShare;
import id.pita.core.district.GuaranteeTier;
import id.pita.core.district.Pool;
import id.pita.core.district.RegimePolicy;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Paser-like morning: RSUD always on, four offices, a hotspot; the uplink at 100 %, 40 %, on the backup. */
class GuaranteeTiersTest {
    private static final RegimePolicy OFFICE_HOURS = new RegimePolicy(Regime.OFFICE_HOURS,
            new ClassShare(0.7, 1.0, 3), new ClassShare(0.1, 0.3, 1), true);
    private static final CitizenPlan PLAN = new CitizenPlan(Bandwidth.mbps(5, 2), 0, Duration.ZERO,
            Duration.ofHours(2), Duration.ofMinutes(10), Duration.ofMinutes(5), 1);

    private static SiteDemand site(String code, SiteKind kind, double guarantee, boolean alwaysOn) {
        var s = new Site(code, code, kind, "", Bandwidth.mbps(guarantee, guarantee), Bandwidth.mbps(1000, 1000), 1,
                alwaysOn);
        return new SiteDemand(s, Bandwidth.mbps(1000, 1000), Bandwidth.ZERO);
    }

    private static AllocationInput morning() {
        return new AllocationInput(Bandwidth.mbps(1000, 1000), OFFICE_HOURS, PLAN, List.of(
                site("rsud", SiteKind.OFFICE, 300, true),
                site("bappeda", SiteKind.OFFICE, 150, false), site("dinkes", SiteKind.OFFICE, 150, false),
                site("disdik", SiteKind.OFFICE, 150, false), site("setda", SiteKind.OFFICE, 150, false),
                site("alun-alun", SiteKind.HOTSPOT, 50, false)), List.of());
    }

    @Test
    void atFullCapacityNothingIsCut() {
        var fitted = GuaranteeTiers.fit(morning(), Bandwidth.mbps(1000, 1000));
        assertThat(fitted.isShort()).isFalse();
        assertThat(fitted.input()).isEqualTo(morning());
    }

    @Test
    void atFortyPercentTheHospitalKeepsItsGuaranteeAndTheOfficesShareTheRest() {
        var fitted = GuaranteeTiers.fit(morning(), Bandwidth.mbps(400, 400));
        assertThat(fitted.shortDown()).isTrue();
        var g = fitted.input().sites().stream().collect(java.util.stream.Collectors.toMap(s -> s.site().code(),
                s -> s.site().guarantee().down()));
        assertThat(g.get("rsud")).isEqualTo(300_000_000L);
        assertThat(g.get("bappeda")).isEqualTo(25_000_000L);
        assertThat(g.get("setda")).isEqualTo(25_000_000L);
        assertThat(g.get("alun-alun")).isZero();
        var out = Allocator.allocate(fitted.input());
        assertThat(out.sites().get("rsud").down()).isGreaterThanOrEqualTo(300_000_000L);
        assertThat(out.sites().values().stream().mapToLong(Bandwidth::down).sum()).isLessThanOrEqualTo(400_000_000L);
        assertThat(out.warnings()).noneMatch(w -> w.contains("over-committed"));
    }

    @Test
    void onTheBackupLinkOnlyTheAlwaysOnTierIsGuaranteed() {
        var fitted = GuaranteeTiers.fit(morning(), Bandwidth.mbps(500, 500), Pool.DEFAULT_TIERS, true);
        for (var s : fitted.input().sites()) {
            assertThat(s.site().guarantee().down()).as(s.site().code())
                    .isEqualTo(s.site().alwaysOn() ? 300_000_000L : 0L);
        }
        var out = Allocator.allocate(fitted.input());
        assertThat(out.sites().get("rsud").down()).isGreaterThanOrEqualTo(300_000_000L);
        assertThat(out.sites().values().stream().mapToLong(Bandwidth::down).sum()).isLessThanOrEqualTo(500_000_000L);
    }

    @Test
    void aStatedOrderPutsHotspotsBeforeOffices() {
        var order = List.of(GuaranteeTier.ALWAYS_ON, GuaranteeTier.HOTSPOT, GuaranteeTier.OFFICE);
        var fitted = GuaranteeTiers.fit(morning(), Bandwidth.mbps(400, 400), order, false);
        var g = fitted.input().sites().stream().collect(java.util.stream.Collectors.toMap(s -> s.site().code(),
                s -> s.site().guarantee().down()));
        assertThat(g.get("alun-alun")).isEqualTo(50_000_000L);
        assertThat(g.get("bappeda")).isEqualTo(12_500_000L);
    }

    @Test
    void whenTheAlwaysOnTierItselfDoesNotFitItIsScaledAndNobodyElseIsGuaranteed() {
        var fitted = GuaranteeTiers.fit(morning(), Bandwidth.mbps(150, 150));
        for (var s : fitted.input().sites()) {
            assertThat(s.site().guarantee().down()).as(s.site().code())
                    .isEqualTo(s.site().alwaysOn() ? 150_000_000L : 0L);
        }
    }
}
