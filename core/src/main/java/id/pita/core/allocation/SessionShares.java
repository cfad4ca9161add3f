package id.pita.core.allocation;

import java.util.Arrays;

/**
 * Each hotspot's rate shared among its sessions, equally, up to the citizen plan's device cap
 * ({@link EqualShare}), both directions in one pass over the sessions, into two long arrays index-aligned with the
 * input's {@link SessionColumns} (no object per session); the working arrays are sized for the largest hotspot and
 * reused for all of them.
 */
final class SessionShares {
    /** The rate of a session that gets none (at a site that is not a known hotspot). */
    static final long NONE = -1;

    private SessionShares() {
    }

    /** The rates down and up, {@code [down, up]}, of each session in the columns; {@link #NONE} where none. */
    static long[][] of(SessionGroups groups, long[] downRates, long[] upRates, long capDown, long capUp) {
        int[] start = groups.start();
        int largest = 0;
        for (int h = 0; h < groups.groups(); h++) {
            largest = Math.max(largest, start[h + 1] - start[h]);
        }
        var w = new Work(largest);
        int n = groups.columns().size();
        long[] down = new long[n];
        long[] up = new long[n];
        if (groups.count() < n) {
            Arrays.fill(down, NONE);
            Arrays.fill(up, NONE);
        }
        long[] wantDown = groups.columns().down();
        long[] wantUp = groups.columns().up();
        for (int h = 0; h < groups.groups(); h++) {
            share(groups, h, downRates[h], upRates[h], capDown, capUp, wantDown, wantUp, w, down, up);
        }
        return new long[][] {down, up};
    }

    /** Working arrays for one hotspot at a time, in its canonical session order. */
    private record Work(long[] wantDown, long[] wantUp, long[] down, long[] up, long[] scratch) {
        Work(int n) {
            this(new long[n], new long[n], new long[n], new long[n], new long[n]);
        }
    }

    private static void share(SessionGroups g, int h, long downRate, long upRate, long capDown, long capUp,
                              long[] wantDown, long[] wantUp, Work w, long[] down, long[] up) {
        long[] order = g.order();
        int from = g.start()[h];
        int n = g.start()[h + 1] - from;
        for (int k = 0; k < n; k++) {
            int i = SessionOrder.index(order[from + k]);
            w.wantDown[k] = Math.min(capDown, wantDown[i]);
            w.wantUp[k] = Math.min(capUp, wantUp[i]);
        }
        EqualShare.share(downRate, w.wantDown, n, capDown, w.scratch, w.down);
        EqualShare.share(upRate, w.wantUp, n, capUp, w.scratch, w.up);
        for (int k = 0; k < n; k++) {
            int i = SessionOrder.index(order[from + k]);
            down[i] = w.down[k];
            up[i] = w.up[k];
        }
    }
}
