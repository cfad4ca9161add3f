package id.pita.core.allocation;

import java.util.Arrays;

/**
 * Finds the water level for {@link EqualShare} without sorting: quickselect-style partitioning around a pivot
 * keeps only the side where the level lies, so the expected work is O(n); after {@code 2 log2 n} rounds the rest
 * is sorted (O(n log n) at worst, never quadratic). The level is returned as {@code rest / count}: the capacity
 * left after the claims that stay put, over the number of claims at the level.
 */
final class LevelSelect {
    private LevelSelect() {
    }

    /** Level L of {@code sum min(v_i, L) = C} over {@code v[0, n)}; requires {@code sum v > C}. Reorders v. */
    static long[] belowLevel(long capacity, long[] v, int n) {
        return belowValues(capacity, v, n, rounds(n));
    }

    /** Level L of {@code sum max(v_i, L) = C} over {@code v[0, n)}; requires {@code sum v < C}. Reorders v. */
    static long[] aboveLevel(long capacity, long[] v, int n) {
        return aboveValues(capacity, v, n, rounds(n));
    }

    static long[] belowValues(long capacity, long[] v) {
        return belowLevel(capacity, v, v.length);
    }

    static long[] aboveValues(long capacity, long[] v) {
        return aboveLevel(capacity, v, v.length);
    }

    private static int rounds(int n) {
        return 2 * (64 - Long.numberOfLeadingZeros(n));
    }

    /** With {@code maxRounds} partitioning rounds before the rest is sorted (tests use 0 for the sorted path). */
    static long[] belowValues(long capacity, long[] v, int maxRounds) {
        return belowValues(capacity, v, v.length, maxRounds);
    }

    static long[] aboveValues(long capacity, long[] v, int maxRounds) {
        return aboveValues(capacity, v, v.length, maxRounds);
    }

    private static long[] belowValues(long capacity, long[] v, int n, int maxRounds) {
        int lo = 0;
        int hi = n;
        long fixed = 0;
        long atLevel = 0;
        for (int round = 0; lo < hi; round++) {
            if (round >= maxRounds) {
                Arrays.sort(v, lo, hi);
                int k = lo;
                while (k < hi && Exact.compareProducts(v[k], hi - k + atLevel, capacity - fixed, 1) <= 0) {
                    fixed += v[k++];
                }
                return new long[] {capacity - fixed, atLevel + hi - k};
            }
            long p = v[lo + (hi - lo) / 2];
            var part = Partition.of(v, lo, hi, p);
            // Sum if the level were p: values below p stay put, the others (and those known above) sit at p.
            long above = atLevel + part.equalCount() + (hi - part.highFrom());
            long rest = capacity - fixed - part.lowSum();
            if (rest <= 0 || Exact.compareProducts(above, p, rest, 1) >= 0) {
                atLevel += part.equalCount() + (hi - part.highFrom());
                hi = part.lowTo();
            } else {
                fixed += part.lowSum() + part.equalCount() * p;
                lo = part.highFrom();
            }
        }
        return new long[] {capacity - fixed, atLevel};
    }

    private static long[] aboveValues(long capacity, long[] v, int n, int maxRounds) {
        int lo = 0;
        int hi = n;
        long fixed = 0;
        long atLevel = 0;
        for (int round = 0; lo < hi; round++) {
            if (round >= maxRounds) {
                Arrays.sort(v, lo, hi);
                int k = hi;
                while (k > lo && Exact.compareProducts(v[k - 1], k - lo + atLevel, capacity - fixed, 1) >= 0) {
                    fixed += v[--k];
                }
                return new long[] {capacity - fixed, atLevel + k - lo};
            }
            long p = v[lo + (hi - lo) / 2];
            var part = Partition.of(v, lo, hi, p);
            long highSum = part.sum() - part.lowSum() - part.equalCount() * p;
            // Sum if the level were p: values above p stay put, the others (and those known below) sit at p.
            // (C - fixed - highSum > 0 here: fixed and highSum are values, and all values add up to less than C.)
            long below = atLevel + (part.lowTo() - lo) + part.equalCount();
            if (Exact.compareProducts(below, p, capacity - fixed - highSum, 1) <= 0) {
                atLevel = below;
                lo = part.highFrom();
            } else {
                fixed += highSum + part.equalCount() * p;
                hi = part.lowTo();
            }
        }
        return new long[] {capacity - fixed, atLevel};
    }
}
