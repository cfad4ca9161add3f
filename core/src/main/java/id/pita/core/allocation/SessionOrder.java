package id.pita.core.allocation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;

/**
 * Puts each hotspot's sessions in a canonical order that does not depend on the input order, cheaply: by the
 * key's {@link String#hashCode()} as an unsigned number (fixed by the Java language specification, so the same
 * on every JVM), and only sessions whose hashes collide are compared by key. The hashes are ordered by a stable
 * radix sort, 11 bits a pass, over all sessions at once, and then dealt out to their hotspots in that order: O(n)
 * whatever the input order, where sorting 100,000 keys as strings cost several times more.
 */
final class SessionOrder {
    private static final int DIGIT_BITS = 11;
    private static final int DIGITS = 3;
    private static final int RADIX = 1 << DIGIT_BITS;

    private SessionOrder() {
    }

    /**
     * The sessions {@code kept} (indexes into the columns), grouped by hotspot, hotspot h's in
     * {@code [start[h], start[h + 1])}, each group in canonical order. Each long holds the key's hash in the high
     * half and the session's index in the low half ({@link #index}).
     *
     * @throws IllegalArgumentException if two kept sessions have the same key (the message names the key of the
     *                                  first session, in {@code kept} order, whose key came before)
     */
    static long[] grouped(String[] keys, int[] hashes, int[] kept, int[] hotspotOf, int[] start) {
        int groups = start.length - 1;
        int n = kept.length;
        long[] a = new long[n];
        long[] b = new long[n];
        for (int j = 0; j < n; j++) {
            int i = kept[j];
            a[j] = ((long) hashes[i] << 32) | i;
        }
        long[] sorted = byHash(a, b);
        rejectDuplicates(sorted, keys);
        long[] order = sorted == a ? b : a;
        int[] filled = Arrays.copyOf(start, groups);
        for (long x : sorted) {
            order[filled[hotspotOf[index(x)]]++] = x;
        }
        for (int h = 0; h < groups; h++) {
            breakTies(order, start[h], start[h + 1], keys);
        }
        return order;
    }

    /**
     * Equal keys have equal hashes, so they lie within one run of equal hashes of the sorted sessions, and the
     * stable sort keeps each run in input order: the duplicate named is the one a hash table filled in input
     * order would have met first (what {@link KeyTable} reported when it was built here).
     */
    private static void rejectDuplicates(long[] sorted, String[] keys) {
        int worst = Integer.MAX_VALUE;
        for (int first = 0; first < sorted.length; ) {
            long hash = sorted[first] >>> 32;
            int end = first + 1;
            while (end < sorted.length && sorted[end] >>> 32 == hash) {
                end++;
            }
            if (end - first > 1) {
                worst = Math.min(worst, firstRepeat(sorted, first, end, keys));
            }
            first = end;
        }
        if (worst != Integer.MAX_VALUE) {
            throw new IllegalArgumentException("duplicate key: " + keys[worst]);
        }
    }

    static int index(long packed) {
        return (int) packed;
    }

    /** Stable LSD radix sort by the high half, unsigned; returns whichever of the two arrays holds the result. */
    private static long[] byHash(long[] a, long[] b) {
        int[][] next = new int[DIGITS][RADIX + 1];
        for (long x : a) {
            for (int d = 0; d < DIGITS; d++) {
                next[d][digit(x, d) + 1]++;
            }
        }
        for (int d = 0; d < DIGITS; d++) {
            for (int r = 0; r < RADIX; r++) {
                next[d][r + 1] += next[d][r];
            }
            for (long x : a) {
                b[next[d][digit(x, d)]++] = x;
            }
            long[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    private static int digit(long packed, int d) {
        return (int) (packed >>> (32 + DIGIT_BITS * d)) & (RADIX - 1);
    }

    /** The index of the first session in {@code sorted[first, end)} whose key occurred before it there, or MAX_VALUE. */
    private static int firstRepeat(long[] sorted, int first, int end, String[] keys) {
        // A set, not pairwise comparisons: keys built to collide must not make a round quadratic.
        var seen = new HashSet<String>();
        for (int j = first; j < end; j++) {
            if (!seen.add(keys[index(sorted[j])])) {
                return index(sorted[j]);
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Puts sessions whose hashes collide in key order (rare: the radix sort handled everything else). */
    private static void breakTies(long[] order, int from, int to, String[] keys) {
        for (int first = from; first < to; ) {
            long hash = order[first] >>> 32;
            int end = first + 1;
            while (end < to && order[end] >>> 32 == hash) {
                end++;
            }
            if (end - first > 1) {
                var tied = new Integer[end - first];
                for (int j = 0; j < tied.length; j++) {
                    tied[j] = index(order[first + j]);
                }
                Arrays.sort(tied, Comparator.comparing(i -> keys[i]));
                for (int j = 0; j < tied.length; j++) {
                    order[first + j] = (hash << 32) | tied[j];
                }
            }
            first = end;
        }
    }
}
