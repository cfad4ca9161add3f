package id.pita.core.allocation;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Puts each hotspot's sessions in a canonical order that does not depend on the input order, cheaply: by the
 * key's {@link String#hashCode()} (fixed by the Java language specification, so the same on every JVM) with a
 * primitive sort, and only sessions whose hashes collide are compared by key. Sorting 100,000 keys as strings
 * cost several times more. A hotspot whose sessions are already in order (a caller that lists them the same way
 * every round) is only checked, in one pass.
 */
final class SessionOrder {
    private static final long HASH = 0xFFFF_FFFF_0000_0000L;

    private SessionOrder() {
    }

    /**
     * Session indexes grouped by hotspot, hotspot h's in {@code [start[h], start[h + 1])}, each group in canonical
     * order. Each long holds the key's hash in the high half (sign-flipped so that the signed order of the longs
     * is the unsigned order of the hashes) and the session's index in the low half ({@link #index}).
     */
    static long[] grouped(String[] keys, int[] hashes, int[] hotspotOf, int[] start) {
        int groups = start.length - 1;
        long[] order = new long[start[groups]];
        int[] filled = Arrays.copyOf(start, groups);
        for (int i = 0; i < order.length; i++) {
            order[filled[hotspotOf[i]]++] = ((long) (hashes[i] ^ Integer.MIN_VALUE) << 32) | i;
        }
        for (int h = 0; h < groups; h++) {
            sort(order, start[h], start[h + 1]);
            breakTies(order, start[h], start[h + 1], keys);
        }
        return order;
    }

    static int index(long packed) {
        return (int) packed;
    }

    /** Sorts {@code order[from, to)} by hash, then by index, unless it is in order already. */
    private static void sort(long[] order, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (order[i - 1] > order[i]) {
                Arrays.sort(order, from, to);
                return;
            }
        }
    }

    /** Puts sessions whose hashes collide in key order (rare: a primitive sort handled everything else). */
    private static void breakTies(long[] order, int from, int to, String[] keys) {
        for (int first = from; first < to; ) {
            int end = first + 1;
            while (end < to && (order[end] & HASH) == (order[first] & HASH)) {
                end++;
            }
            if (end - first > 1) {
                var tied = new Integer[end - first];
                for (int j = 0; j < tied.length; j++) {
                    tied[j] = index(order[first + j]);
                }
                Arrays.sort(tied, Comparator.comparing(i -> keys[i]));
                for (int j = 0; j < tied.length; j++) {
                    order[first + j] = (order[first] & HASH) | tied[j];
                }
            }
            first = end;
        }
    }
}
