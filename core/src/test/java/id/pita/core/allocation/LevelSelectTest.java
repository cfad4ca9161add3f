package id.pita.core.allocation;

import static id.pita.core.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LevelSelectTest {
    /** Values from a small range, so that the equal part of the partition is often large. */
    private static long[] values(Random rnd) {
        long[] v = new long[1 + rnd.nextInt(300)];
        int range = 1 + rnd.nextInt(rnd.nextBoolean() ? 5 : 100_000);
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextInt(range + 1);
        }
        return v;
    }

    /** The same level, though perhaps written with another count (values at the level can count either way). */
    private static void assertSameLevel(long[] a, long[] b) {
        assertThat(a[1]).isPositive();
        assertThat(b[1]).isPositive();
        assertThat(a[0] * b[1]).isEqualTo(b[0] * a[1]);
    }

    @Test
    void levelBelowTheValuesSolvesTheEquationWithAndWithoutSorting() {
        forAll("level below the values solves the equation", 1301L, 1000, Random::nextLong, seed -> {
            var rnd = new Random(seed);
            long[] v = values(rnd);
            long sum = Exact.sum(v);
            if (sum == 0) {
                return;
            }
            long c = (long) (rnd.nextDouble() * sum);
            long[] selected = LevelSelect.belowValues(c, v.clone());
            assertSameLevel(LevelSelect.belowValues(c, v.clone(), 0), selected);
            // L = rest / count: sum min(v_i, L) = C, multiplied through by count to stay in whole numbers.
            long total = 0;
            for (long x : v) {
                total += Math.min(x * selected[1], selected[0]);
            }
            assertThat(total).isEqualTo(c * selected[1]);
        });
    }

    @Test
    void levelAboveTheValuesSolvesTheEquationWithAndWithoutSorting() {
        forAll("level above the values solves the equation", 1302L, 1000, Random::nextLong, seed -> {
            var rnd = new Random(seed);
            long[] v = values(rnd);
            long sum = Exact.sum(v);
            long c = sum + 1 + rnd.nextInt(1_000_000);
            long[] selected = LevelSelect.aboveValues(c, v.clone());
            assertSameLevel(LevelSelect.aboveValues(c, v.clone(), 0), selected);
            long total = 0;
            for (long x : v) {
                total += Math.max(x * selected[1], selected[0]);
            }
            assertThat(total).isEqualTo(c * selected[1]);
        });
    }
}
