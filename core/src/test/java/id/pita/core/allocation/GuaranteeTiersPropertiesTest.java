package id.pita.core.allocation;

import static id.pita.core.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.Direction;
import id.pita.core.district.GuaranteeTier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tier step before the allocator, over random districts and effective pools from 0 to 120 % of contracted. */
class GuaranteeTiersPropertiesTest {
    record Case(AllocationInput in, Bandwidth effective, List<GuaranteeTier> order, boolean alwaysOnOnly) {
    }

    private static Case draw(Random r) {
        var in = RandomDistricts.small(r.nextLong());
        var effective = new Bandwidth((long) (in.pool().down() * r.nextDouble() * 1.2),
                (long) (in.pool().up() * r.nextDouble() * 1.2));
        var order = new ArrayList<>(List.of(GuaranteeTier.values()));
        if (r.nextBoolean()) {
            Collections.shuffle(order, r);
        }
        return new Case(in, effective, order, r.nextInt(4) == 0);
    }

    private static long tierFloor(AllocationInput in, GuaranteeTier t, Direction d) {
        return in.sites().stream().filter(s -> GuaranteeTier.of(s.site()) == t)
                .mapToLong(s -> GuaranteeTiers.floor(s, d, in.policy())).sum();
    }

    @Test
    void thePoolInvariantHoldsAgainstTheEffectiveCapacity() {
        forAll("pool invariant against effective capacity", 1801L, 1500, GuaranteeTiersPropertiesTest::draw, c -> {
            var fitted = GuaranteeTiers.fit(c.in(), c.effective(), c.order(), c.alwaysOnOnly());
            var out = Allocator.allocate(fitted.input());
            for (var d : Direction.values()) {
                long sum = out.sites().values().stream().mapToLong(b -> b.get(d)).sum();
                assertThat(sum).as("%s sites within the effective pool", d).isLessThanOrEqualTo(c.effective().get(d));
                assertThat(out.officeClass().get(d) + out.hotspotClass().get(d)).as("%s classes", d)
                        .isLessThanOrEqualTo(c.effective().get(d));
                long guaranteed = fitted.input().sites().stream()
                        .mapToLong(s -> GuaranteeTiers.floor(s, d, fitted.input().policy())).sum();
                if (fitted.isShort()) {
                    assertThat(guaranteed).as("%s fitted guarantees fit", d).isLessThanOrEqualTo(c.effective().get(d));
                }
            }
        });
    }

    @Test
    void theFirstTierIsMetWheneverItFits() {
        long[] fitAndAll = new long[2];
        forAll("first tier met whenever it fits", 1802L, 1500, GuaranteeTiersPropertiesTest::draw, c -> {
            var first = c.alwaysOnOnly() ? GuaranteeTier.ALWAYS_ON : c.order().get(0);
            var out = Allocator.allocate(GuaranteeTiers.fit(c.in(), c.effective(), c.order(), c.alwaysOnOnly()).input());
            for (var d : Direction.values()) {
                fitAndAll[1]++;
                if (tierFloor(c.in(), first, d) > c.effective().get(d)) {
                    continue;
                }
                fitAndAll[0]++;
                for (var s : c.in().sites()) {
                    if (GuaranteeTier.of(s.site()) == first) {
                        assertThat(out.sites().get(s.site().code()).get(d)).as("%s %s", s.site().code(), d)
                                .isGreaterThanOrEqualTo(GuaranteeTiers.floor(s, d, c.in().policy()));
                    }
                }
            }
        });
        assertThat(100.0 * fitAndAll[0] / fitAndAll[1]).as("percent of cases where the first tier fits").isGreaterThan(30);
    }

    @Test
    void alwaysOnGuaranteesAreMetWheneverTheyFitInTheDefaultOrder() {
        long[] shortAndAll = new long[2];
        forAll("always-on met whenever it fits", 1803L, 1500, Random::nextLong, seed -> {
            var r = new Random(seed);
            var in = RandomDistricts.small(r.nextLong());
            var effective = new Bandwidth((long) (in.pool().down() * r.nextDouble()), (long) (in.pool().up() * r.nextDouble()));
            var fitted = GuaranteeTiers.fit(in, effective);
            var out = Allocator.allocate(fitted.input());
            shortAndAll[0] += fitted.isShort() ? 1 : 0;
            shortAndAll[1]++;
            for (var d : Direction.values()) {
                if (tierFloor(in, GuaranteeTier.ALWAYS_ON, d) > effective.get(d)) {
                    continue;
                }
                for (var s : in.sites()) {
                    if (s.site().alwaysOn()) {
                        assertThat(out.sites().get(s.site().code()).get(d)).as("%s %s", s.site().code(), d)
                                .isGreaterThanOrEqualTo(GuaranteeTiers.floor(s, d, in.policy()));
                    }
                }
            }
        });
        assertThat(100.0 * shortAndAll[0] / shortAndAll[1]).as("percent of cases with a shortage").isGreaterThan(20);
    }

    @Test
    void aLowerTierGetsNoGuaranteeWhileAHigherTierIsShort() {
        long[] shortSeen = new long[1];
        forAll("no guarantee below a short tier", 1804L, 1500, GuaranteeTiersPropertiesTest::draw, c -> {
            var fitted = GuaranteeTiers.fit(c.in(), c.effective(), c.order(), c.alwaysOnOnly()).input();
            for (var d : Direction.values()) {
                var before = new EnumMap<GuaranteeTier, Long>(GuaranteeTier.class);
                var after = new EnumMap<GuaranteeTier, Long>(GuaranteeTier.class);
                for (var t : GuaranteeTier.values()) {
                    before.put(t, tierFloor(c.in(), t, d));
                    after.put(t, tierFloor(fitted, t, d));
                    assertThat(after.get(t)).as("%s %s never raised", t, d).isLessThanOrEqualTo(before.get(t));
                }
                boolean higherShort = false;
                // On the backup link the always-on tier is the only one that keeps a guarantee: it comes first.
                var order = new ArrayList<>(c.order());
                if (c.alwaysOnOnly()) {
                    order.remove(GuaranteeTier.ALWAYS_ON);
                    order.add(0, GuaranteeTier.ALWAYS_ON);
                }
                for (var t : order) {
                    if (higherShort) {
                        assertThat(after.get(t)).as("%s %s below a short tier", t, d).isZero();
                    }
                    if (after.get(t) < before.get(t)) {
                        higherShort = true;
                        shortSeen[0]++;
                    }
                }
                if (c.alwaysOnOnly()) {
                    for (var t : List.of(GuaranteeTier.OFFICE, GuaranteeTier.HOTSPOT)) {
                        assertThat(after.get(t)).as("backup link: %s %s has no guarantee", t, d).isZero();
                    }
                }
            }
        });
        assertThat(shortSeen[0]).as("short tiers seen").isGreaterThan(300);
    }

    @Test
    void whenTheGuaranteesFitOnlyThePoolChanges() {
        long[] fits = new long[1];
        forAll("unchanged when the guarantees fit", 1805L, 1500, GuaranteeTiersPropertiesTest::draw, c -> {
            var fitted = GuaranteeTiers.fit(c.in(), c.effective(), c.order(), false);
            if (fitted.isShort()) {
                return;
            }
            fits[0]++;
            var expected = new AllocationInput(c.effective(), c.in().policy(), c.in().citizenPlan(), c.in().sites(),
                    c.in().sessions());
            assertThat(fitted.input()).isEqualTo(expected);
            assertThat(Allocator.allocate(fitted.input())).isEqualTo(Allocator.allocate(expected));
        });
        assertThat(fits[0]).as("cases that fit").isGreaterThan(200);
    }
}
