package id.pita.core.allocation;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Puts one hotspot's sessions in a canonical order that does not depend on the input order, cheaply: by the
 * key's {@link String#hashCode()} (fixed by the Java language specification, so the same on every JVM) with a
 * primitive sort, and only sessions whose hashes collide are compared by key. Sorting 100,000 keys as strings
 * cost several times more.
 */
final class SessionOrder {
    private SessionOrder() {
    }

    static SessionDemand[] canonical(SessionDemand[] sessions) {
        int n = sessions.length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            // hash in the high half (sign-flipped so that unsigned order matches signed), index in the low half
            packed[i] = ((long) (sessions[i].sessionKey().hashCode() ^ Integer.MIN_VALUE) << 32) | i;
        }
        Arrays.sort(packed);
        var out = new SessionDemand[n];
        for (int i = 0; i < n; i++) {
            out[i] = sessions[(int) packed[i]];
        }
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && (packed[end] >>> 32) == (packed[start] >>> 32)) {
                end++;
            }
            if (end - start > 1) {
                Arrays.sort(out, start, end, Comparator.comparing(SessionDemand::sessionKey));
            }
            start = end;
        }
        return out;
    }
}
