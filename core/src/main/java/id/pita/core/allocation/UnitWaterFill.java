package id.pita.core.allocation;

import java.util.Arrays;

/**
 * {@link WaterFill}'s sweep when every weight is 1 (a hotspot's sessions): the breakpoints are then the floors
 * and caps themselves, so two primitive sorts replace the general sort of fractions, and the level decides each
 * rate directly. Same result as the general sweep, several times faster on 100,000 sessions.
 */
final class UnitWaterFill {
    private UnitWaterFill() {
    }

    /** Requires {@code sum floors < C < sum caps} and all weights 1. */
    static WaterFillResult sweep(long capacity, long[] floors, long[] caps, long floorSum) {
        int n = floors.length;
        long[] starts = floors.clone();
        long[] ends = caps.clone();
        Arrays.sort(starts);
        Arrays.sort(ends);
        long fixed = floorSum;
        long slope = 0;
        int s = 0;
        int e = 0;
        long steps = 0;
        // Claims with floor == cap start and end at the same point: counting the start first keeps slope >= 0.
        while (s < n || e < n) {
            steps++;
            boolean start = s < n && (e >= n || starts[s] <= ends[e]);
            long at = start ? starts[s] : ends[e];
            if (slope > 0 && Exact.compareProducts(slope, at, capacity - fixed, 1) >= 0) {
                break;
            }
            if (start) {
                fixed -= starts[s++];
                slope++;
            } else {
                fixed += ends[e++];
                slope--;
            }
        }
        long rest = capacity - fixed;
        long q = rest / slope;
        boolean cut = rest % slope != 0;
        long[] rates = new long[n];
        boolean[] cuts = new boolean[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            // Level L = rest / slope = q (+ a fraction when cut): at the floor, at the cap, or rising.
            if (q < floors[i] || (q == floors[i] && !cut)) {
                rates[i] = floors[i];
            } else if (q >= caps[i]) {
                rates[i] = caps[i];
            } else {
                rates[i] = q;
                cuts[i] = cut;
            }
            given += rates[i];
        }
        // The exact shares add up to C; what rounding cut off goes back one bit/s at a time.
        WaterFill.handOut(rates, cuts, capacity - given);
        return new WaterFillResult(rates, false, floorSum, steps + 2L * n * (64 - Long.numberOfLeadingZeros(n)));
    }
}
