package id.pita.core.allocation;

/**
 * Sorts breakpoints {@code num[k]/den[k]} by value with a stable bottom-up merge sort on an index array: exact
 * (no floating point), O(n log n) in the worst case, and it counts its comparisons so that a test can check the
 * bound without timing anything.
 */
final class RatioOrder {
    private long comparisons;

    /** Indices {@code 0..n-1} ordered by {@code num[k]/den[k]}, ties by index. */
    int[] sort(long[] num, long[] den) {
        int n = num.length;
        int[] a = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(num, den, a, b, lo, mid, hi);
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    private void merge(long[] num, long[] den, int[] src, int[] dst, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || lessOrEqual(num, den, src[i], src[j]))) {
                dst[k] = src[i++];
            } else {
                dst[k] = src[j++];
            }
        }
    }

    private boolean lessOrEqual(long[] num, long[] den, int x, int y) {
        comparisons++;
        return Exact.compareProducts(num[x], den[y], num[y], den[x]) <= 0;
    }

    long comparisons() {
        return comparisons;
    }
}
