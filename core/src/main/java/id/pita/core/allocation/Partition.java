package id.pita.core.allocation;

/**
 * A three-way partition of {@code v[lo, hi)} around {@code p}: {@code [lo, lowTo)} below, {@code [lowTo,
 * highFrom)} equal, {@code [highFrom, hi)} above, with the sums {@link LevelSelect} needs.
 */
record Partition(int lowTo, int highFrom, long lowSum, long equalCount, long sum) {
    static Partition of(long[] v, int lo, int hi, long p) {
        int lt = lo;
        int i = lo;
        int gt = hi;
        long lowSum = 0;
        long sum = 0;
        while (i < gt) {
            long x = v[i];
            if (x < p) {
                v[i++] = v[lt];
                v[lt++] = x;
                lowSum += x;
                sum += x;
            } else if (x > p) {
                v[i] = v[--gt];
                v[gt] = x;
                sum += x;
            } else {
                i++;
                sum += x;
            }
        }
        return new Partition(lt, gt, lowSum, gt - lt, sum);
    }
}
