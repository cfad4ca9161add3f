package id.pita.core.allocation;

import java.math.BigInteger;

/**
 * Exact integer arithmetic for rates in bit/s. Products of a rate and a weight (or of two rates) can pass
 * {@code Long.MAX_VALUE} on a large pool, so comparisons use the full 128-bit product and division falls back
 * to {@link BigInteger} only when the product overflows.
 */
final class Exact {
    private Exact() {
    }

    /** Compares {@code a*b} with {@code c*d} exactly; all four must be non-negative. */
    static int compareProducts(long a, long b, long c, long d) {
        long hi1 = Math.multiplyHigh(a, b);
        long hi2 = Math.multiplyHigh(c, d);
        if (hi1 != hi2) {
            return Long.compare(hi1, hi2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /** {@code floor(a*b/c)} for non-negative {@code a}, {@code b} and positive {@code c}, when the result fits. */
    static long mulDiv(long a, long b, long c) {
        if (Math.multiplyHigh(a, b) == 0 && a * b >= 0) {
            return a * b / c;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
    }

    /** Whether {@code a*b/c} left a remainder when {@code q} is its floor. */
    static boolean hasRemainder(long q, long c, long a, long b) {
        return compareProducts(q, c, a, b) != 0;
    }

    static long sum(long[] values) {
        return sum(values, values.length);
    }

    /** The sum of {@code values[0, n)}. */
    static long sum(long[] values, int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s = Math.addExact(s, values[i]);
        }
        return s;
    }
}
