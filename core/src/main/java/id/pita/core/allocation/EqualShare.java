package id.pita.core.allocation;

import java.util.Arrays;

/**
 * {@link TwoPhase} for a hotspot's sessions, where it has a simple shape: equal weights, no floors, each
 * session's want in phase 1 and one device cap for all in phase 2. The level is found by selection
 * ({@link LevelSelect}), not by sorting, and a district with 100,000 sessions allocates a third of the memory
 * the general path would. Gives the same rates as
 * {@code TwoPhase.share(capacity, zeros, wants, caps all deviceCap, weights all 1)}.
 */
final class EqualShare {
    private EqualShare() {
    }

    /** Requires {@code 0 <= wants[k] <= deviceCap}. */
    static long[] share(long capacity, long[] wants, long deviceCap) {
        long[] rates = new long[wants.length];
        share(capacity, wants, wants.length, deviceCap, new long[wants.length], rates);
        return rates;
    }

    /**
     * The same over {@code wants[0, n)}, into {@code rates[0, n)}, with {@code scratch} (at least {@code n} long,
     * overwritten) for the selection: a planning round reuses three arrays for all its hotspots.
     */
    static void share(long capacity, long[] wants, int n, long deviceCap, long[] scratch, long[] rates) {
        long total = Exact.sum(wants, n);
        if (total == capacity) {
            System.arraycopy(wants, 0, rates, 0, n);
        } else if (total > capacity) {
            System.arraycopy(wants, 0, scratch, 0, n);
            belowWants(LevelSelect.belowLevel(capacity, scratch, n), wants, n, rates);
        } else if (Math.multiplyHigh(deviceCap, n) == 0 && deviceCap * n <= capacity) {
            Arrays.fill(rates, 0, n, deviceCap);
        } else {
            System.arraycopy(wants, 0, scratch, 0, n);
            aboveWants(LevelSelect.aboveLevel(capacity, scratch, n), wants, n, rates);
        }
    }

    /** Phase 1: level L with {@code sum min(want_k, L) = C}; the smallest wants are met in full first. */
    private static void belowWants(long[] level, long[] wants, int n, long[] rates) {
        long q = level[0] / level[1];
        long extra = level[0] % level[1];
        for (int i = 0; i < n; i++) {
            rates[i] = Math.min(wants[i], q);
        }
        // Rising sessions (want above the level) were cut by rounding; the first few get one bit/s more. A second
        // pass, only while there is a bit/s to give, and without a branch on the want: that branch goes either way at
        // random, and made this method a tenth of a planning round in the profile (FINDINGS, Allocator).
        if (q >= 0) {
            for (int i = 0; extra > 0 && i < n; i++) {
                // q - want >= 0 cannot overflow with both non-negative; its sign bit is 1 exactly when want > q.
                long bump = (q - wants[i]) >>> 63;
                rates[i] += bump;
                extra -= bump;
            }
        } else {
            for (int i = 0; extra > 0 && i < n; i++) {
                if (wants[i] > q) {
                    rates[i]++;
                    extra--;
                }
            }
        }
    }

    /** Phase 2: level L with {@code sum max(want_k, L) = C}, below the device cap; the smallest wants rise. */
    private static void aboveWants(long[] level, long[] wants, int n, long[] rates) {
        long q = level[0] / level[1];
        long extra = level[0] % level[1];
        for (int i = 0; i < n; i++) {
            rates[i] = Math.max(wants[i], q);
        }
        if (q >= 0) {
            for (int i = 0; extra > 0 && i < n; i++) {
                // The sign bit of q - want is 0 exactly when want <= q.
                long bump = ((q - wants[i]) >>> 63) ^ 1;
                rates[i] += bump;
                extra -= bump;
            }
        } else {
            for (int i = 0; extra > 0 && i < n; i++) {
                if (wants[i] <= q) {
                    rates[i]++;
                    extra--;
                }
            }
        }
    }
}
