package id.pita.core.allocation;

import static id.pita.core.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WaterFillTest {
    @Test
    void fillsToTheLevelWhereTheSumMeetsTheCapacity() {
        // C = 100; claims (floor, cap, weight): (0, 100, 1), (0, 100, 3), (0, 10, 1).
        // L + 3L + min(10, L) = 100 -> with the third capped: 4L = 90 -> L = 22.5 -> 22.5, 67.5, 10;
        // rounded down 22 and 67 with 1 left, which goes to the first that was cut (index 0): 23, 67, 10.
        var r = WaterFill.fill(100, new long[] {0, 0, 0}, new long[] {100, 100, 10}, new long[] {1, 3, 1});
        assertThat(r.rates()).containsExactly(23, 67, 10);
        assertThat(r.overCommitted()).isFalse();
    }

    @Test
    void floorsHoldBelowTheLevel() {
        // C = 100; (50, 100, 1) and (0, 100, 1): L + L would be 50 each, but the first's floor is 50 and the
        // second rises to 50 too: 50, 50. With a floor of 70: 70 + L = 100 -> 70, 30.
        assertThat(WaterFill.fill(100, new long[] {50, 0}, new long[] {100, 100}, new long[] {1, 1}).rates())
                .containsExactly(50, 50);
        assertThat(WaterFill.fill(100, new long[] {70, 0}, new long[] {100, 100}, new long[] {1, 1}).rates())
                .containsExactly(70, 30);
    }

    @Test
    void floorsThatDoNotFitAreScaledInProportion() {
        // Floors 60, 60, 30 = 150 on C = 100: each times 100/150 -> 40, 40, 20.
        var r = WaterFill.fill(100, new long[] {60, 60, 30}, new long[] {90, 90, 90}, new long[] {1, 9, 1});
        assertThat(r.rates()).containsExactly(40, 40, 20);
        assertThat(r.overCommitted()).isTrue();
        assertThat(r.floorSum()).isEqualTo(150);
    }

    @Test
    void everyoneAtTheCapWhenTheCapsFit() {
        assertThat(WaterFill.fill(100, new long[] {0, 5}, new long[] {30, 40}, new long[] {1, 1}).rates())
                .containsExactly(30, 40);
    }

    @Test
    void exactEvenWhereProductsPassLongMaxValue() {
        // 4e18 shared by weights 1 and 1000: 1000 * 4e18 overflows a long, the result must not.
        long c = 4_000_000_000_000_000_000L;
        var r = WaterFill.fill(c, new long[] {0, 0}, new long[] {c, c}, new long[] {1, 1000});
        assertThat(r.rates()[0] + r.rates()[1]).isEqualTo(c);
        assertThat(r.rates()[0]).isBetween(c / 1001, c / 1001 + 1);
    }

    @Test
    void matchesABruteForceLevelSearch() {
        forAll("matches a brute force level search", 1101L, 300, Random::nextLong, seed -> {
            var rnd = new Random(seed);
            int n = 1 + rnd.nextInt(40);
            long[] floors = new long[n];
            long[] caps = new long[n];
            long[] weights = new long[n];
            for (int i = 0; i < n; i++) {
                caps[i] = rnd.nextInt(1_000_000);
                floors[i] = rnd.nextInt(4) == 0 ? 0 : (long) (caps[i] * rnd.nextDouble() * 0.2);
                weights[i] = 1 + rnd.nextInt(rnd.nextBoolean() ? 5 : 1000);
            }
            long c = rnd.nextInt(4 * 1_000_000);
            var r = WaterFill.fill(c, floors, caps, weights);
            assertThat(r.total()).isEqualTo(Math.min(c, Exact.sum(caps)));
            if (r.overCommitted()) {
                return;
            }
            // Bisection on the level in doubles: the reference each rate must be within one bit/s of.
            double lo = 0;
            double hi = 2e9;
            for (int k = 0; k < 200; k++) {
                double mid = (lo + hi) / 2;
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += Math.min(caps[i], Math.max(floors[i], weights[i] * mid));
                }
                if (sum < c) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            for (int i = 0; i < n; i++) {
                double expected = Math.min(caps[i], Math.max(floors[i], weights[i] * hi));
                assertThat((double) r.rates()[i]).isBetween(expected - 1.001, expected + 1.001);
                assertThat(r.rates()[i]).isBetween(floors[i], caps[i]);
            }
        });
    }

    @Test
    void unitWeightShortcutGivesTheSameRatesAsTheGeneralSweep() {
        forAll("unit weight shortcut gives the same rates as the general sweep", 1102L, 300, Random::nextLong, seed -> {
            var rnd = new Random(seed);
            int n = 1 + rnd.nextInt(60);
            long[] floors = new long[n];
            long[] caps = new long[n];
            for (int i = 0; i < n; i++) {
                caps[i] = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextInt(1000);
                floors[i] = rnd.nextInt(3) == 0 ? caps[i] : (long) (caps[i] * rnd.nextDouble() * 0.3);
            }
            long floorSum = Exact.sum(floors);
            long capSum = Exact.sum(caps);
            if (capSum - floorSum < 2) {
                return;
            }
            long c = floorSum + 1 + (long) (rnd.nextDouble() * (capSum - floorSum - 1));
            long[] ones = new long[n];
            java.util.Arrays.fill(ones, 1);
            assertThat(UnitWaterFill.sweep(c, floors, caps, floorSum).rates())
                    .containsExactly(WaterFill.sweep(c, floors, caps, ones, floorSum).rates());
        });
    }

    /** O(n log n) without timing: comparisons plus sweep steps stay within m * log2(m) + m for m breakpoints. */
    @Test
    void stepsGrowAsNLogN() {
        forAll("steps grow as n log n", 1103L, 40, r -> new SizeAndSeed(1 + r.nextInt(50_000), r.nextLong()),
                input -> checkSteps(input.n(), input.seed()));
    }

    private record SizeAndSeed(int n, long seed) {
    }

    private static void checkSteps(int n, long seed) {
        var rnd = new Random(seed);
        long[] floors = new long[n];
        long[] caps = new long[n];
        long[] weights = new long[n];
        for (int i = 0; i < n; i++) {
            caps[i] = 1 + rnd.nextInt(1_000_000);
            floors[i] = rnd.nextInt((int) caps[i] / 10 + 1);
            weights[i] = 1 + rnd.nextInt(1000);
        }
        var r = WaterFill.fill(Exact.sum(caps) / 2, floors, caps, weights);
        long m = 2L * n;
        long log2 = 64 - Long.numberOfLeadingZeros(m);
        assertThat(r.steps()).isLessThanOrEqualTo(m * log2 + m);
    }
}
