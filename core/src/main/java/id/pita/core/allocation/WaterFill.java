package id.pita.core.allocation;

/**
 * Weighted max-min water-filling with floors and caps (ARCHITECTURE §2), in whole bit/s. Pure and
 * thread-safe (no state between calls).
 *
 * <p>Finds the level {@code L} with {@code sum_i min(cap_i, max(floor_i, w_i * L)) = C}. The left side is a
 * piecewise-linear, non-decreasing function of {@code L} whose slope changes only at the breakpoints
 * {@code floor_i/w_i} (claim i starts rising) and {@code cap_i/w_i} (it stops); sorting the breakpoints and
 * sweeping them once finds the segment where the sum crosses {@code C}: O(n log n). All arithmetic is exact.
 * Rounding to whole bit/s takes the floor of each share and hands the remainder out one bit/s at a time to the
 * lowest indices whose share was cut, so the sum is exactly {@code min(C, sum caps)} and never more.
 */
final class WaterFill {
    private WaterFill() {
    }

    /**
     * @param capacity what there is to share ({@code C >= 0})
     * @param floors   least each claim gets while the floors fit ({@code 0 <= floor_i <= cap_i})
     * @param caps     most each claim gets
     * @param weights  each claim's weight ({@code >= 1})
     */
    static WaterFillResult fill(long capacity, long[] floors, long[] caps, long[] weights) {
        long floorSum = Exact.sum(floors);
        if (Exact.sum(caps) <= capacity) {
            return new WaterFillResult(caps.clone(), false, floorSum, 0);
        }
        if (floorSum > capacity) {
            return new WaterFillResult(scaleFloors(capacity, floors, floorSum), true, floorSum, 0);
        }
        if (floorSum == capacity) {
            return new WaterFillResult(floors.clone(), false, floorSum, 0);
        }
        if (allOnes(weights)) {
            return UnitWaterFill.sweep(capacity, floors, caps, floorSum);
        }
        return sweep(capacity, floors, caps, weights, floorSum);
    }

    private static boolean allOnes(long[] weights) {
        for (long w : weights) {
            if (w != 1) {
                return false;
            }
        }
        return true;
    }

    /** Floors that do not fit: each gets {@code floor_i * C / sum floors}, rounded as described above. */
    private static long[] scaleFloors(long capacity, long[] floors, long floorSum) {
        long[] rates = new long[floors.length];
        boolean[] cut = new boolean[floors.length];
        long given = 0;
        for (int i = 0; i < floors.length; i++) {
            rates[i] = Exact.mulDiv(floors[i], capacity, floorSum);
            cut[i] = Exact.hasRemainder(rates[i], floorSum, floors[i], capacity);
            given += rates[i];
        }
        handOut(rates, cut, capacity - given);
        return rates;
    }

    static WaterFillResult sweep(long capacity, long[] floors, long[] caps, long[] weights, long floorSum) {
        int n = floors.length;
        var events = Breakpoints.of(floors, caps, weights);
        var order = new RatioOrder();
        int[] sorted = order.sort(events.num(), events.den());
        byte[] state = new byte[n];
        long fixed = floorSum;
        long slope = 0;
        long steps = 0;
        for (int e : sorted) {
            steps++;
            // Sum at this breakpoint is fixed + slope * num/den; stop once it reaches C.
            if (slope > 0 && Exact.compareProducts(slope, events.num()[e], capacity - fixed, events.den()[e]) >= 0) {
                break;
            }
            int i = events.item()[e];
            if (events.isStart(e)) {
                fixed -= floors[i];
                slope += weights[i];
                state[i] = Breakpoints.RISING;
            } else {
                fixed += caps[i];
                slope -= weights[i];
                state[i] = Breakpoints.CAPPED;
            }
        }
        long[] rates = level(capacity - fixed, slope, floors, caps, weights, state);
        return new WaterFillResult(rates, false, floorSum, steps + order.comparisons());
    }

    /** Rates at the level {@code L = rest / slope}: rising claims get {@code w_i * L}, rounded down then topped up. */
    private static long[] level(long rest, long slope, long[] floors, long[] caps, long[] weights, byte[] state) {
        int n = floors.length;
        long[] rates = new long[n];
        boolean[] cut = new boolean[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            if (state[i] == Breakpoints.RISING) {
                rates[i] = Exact.mulDiv(weights[i], rest, slope);
                cut[i] = Exact.hasRemainder(rates[i], slope, weights[i], rest);
                given += rates[i];
            } else {
                rates[i] = state[i] == Breakpoints.CAPPED ? caps[i] : floors[i];
            }
        }
        handOut(rates, cut, rest - given);
        return rates;
    }

    /**
     * Gives one more bit/s to each of the first {@code remainder} claims (by index) whose exact share was cut by
     * rounding; there are always at least that many, since the cut fractions add up to {@code remainder}. A cut
     * share lies strictly below its (whole) cap, so the extra bit/s never passes a cap.
     */
    static void handOut(long[] rates, boolean[] cut, long remainder) {
        for (int i = 0; i < rates.length && remainder > 0; i++) {
            if (cut[i]) {
                rates[i]++;
                remainder--;
            }
        }
    }
}
