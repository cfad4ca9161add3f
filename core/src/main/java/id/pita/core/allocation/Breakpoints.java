package id.pita.core.allocation;

/**
 * The points where a claim of a {@link WaterFill} starts rising ({@code floor/weight}) and stops
 * ({@code cap/weight}), as exact fractions. Event {@code 2k} is a start and {@code 2k+1} the matching end;
 * claims whose floor equals their cap never move and have no events.
 */
record Breakpoints(long[] num, long[] den, int[] item) {
    static final byte AT_FLOOR = 0;
    static final byte RISING = 1;
    static final byte CAPPED = 2;

    static Breakpoints of(long[] floors, long[] caps, long[] weights) {
        int moving = 0;
        for (int i = 0; i < floors.length; i++) {
            if (floors[i] < caps[i]) {
                moving++;
            }
        }
        long[] num = new long[2 * moving];
        long[] den = new long[2 * moving];
        int[] item = new int[2 * moving];
        int e = 0;
        for (int i = 0; i < floors.length; i++) {
            if (floors[i] < caps[i]) {
                num[e] = floors[i];
                num[e + 1] = caps[i];
                den[e] = weights[i];
                den[e + 1] = weights[i];
                item[e] = i;
                item[e + 1] = i;
                e += 2;
            }
        }
        return new Breakpoints(num, den, item);
    }

    boolean isStart(int event) {
        return (event & 1) == 0;
    }
}
