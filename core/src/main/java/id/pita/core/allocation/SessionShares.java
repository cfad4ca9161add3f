package id.pita.core.allocation;

import id.pita.core.district.Bandwidth;

/**
 * Each hotspot's rate shared among its sessions, equally, up to the citizen plan's device cap
 * ({@link EqualShare}), both directions in one pass over the sessions: each session is read once and gets one
 * {@link Bandwidth}; the working arrays are sized for the largest hotspot and reused for all of them.
 */
final class SessionShares {
    private SessionShares() {
    }

    /** One rate per session, index-aligned with {@link SessionGroups#keys()}. */
    static Bandwidth[] of(SessionGroups groups, long[] downRates, long[] upRates, Bandwidth deviceCap) {
        int[] start = groups.start();
        int largest = 0;
        for (int h = 0; h < groups.groups(); h++) {
            largest = Math.max(largest, start[h + 1] - start[h]);
        }
        var w = new Work(largest);
        var rates = new Bandwidth[groups.count()];
        for (int h = 0; h < groups.groups(); h++) {
            share(groups, h, downRates[h], upRates[h], deviceCap, w, rates);
        }
        return rates;
    }

    /** Working arrays for one hotspot at a time, in its canonical session order. */
    private record Work(long[] wantDown, long[] wantUp, long[] down, long[] up, long[] scratch) {
        Work(int n) {
            this(new long[n], new long[n], new long[n], new long[n], new long[n]);
        }
    }

    private static void share(SessionGroups g, int h, long downRate, long upRate, Bandwidth deviceCap, Work w,
                              Bandwidth[] rates) {
        long[] order = g.order();
        int from = g.start()[h];
        int n = g.start()[h + 1] - from;
        for (int k = 0; k < n; k++) {
            int i = SessionOrder.index(order[from + k]);
            w.wantDown[k] = Math.min(deviceCap.down(), g.down()[i]);
            w.wantUp[k] = Math.min(deviceCap.up(), g.up()[i]);
        }
        EqualShare.share(downRate, w.wantDown, n, deviceCap.down(), w.scratch, w.down);
        EqualShare.share(upRate, w.wantUp, n, deviceCap.up(), w.scratch, w.up);
        // Sessions next to each other often get the same rate (the level, the device cap): they share one
        // immutable Bandwidth instead of allocating one each.
        Bandwidth last = null;
        for (int k = 0; k < n; k++) {
            if (last == null || last.down() != w.down[k] || last.up() != w.up[k]) {
                last = new Bandwidth(w.down[k], w.up[k]);
            }
            rates[SessionOrder.index(order[from + k])] = last;
        }
    }
}
