package id.pita.core.allocation;

/**
 * What {@link WaterFill} decided.
 *
 * @param rates         one rate per claim, in the claims' order
 * @param overCommitted the floors did not fit in the capacity and were scaled down in proportion
 * @param floorSum      the sum of the floors asked for (for the over-commitment warning)
 * @param steps         comparisons plus sweep iterations, for the O(n log n) check
 */
record WaterFillResult(long[] rates, boolean overCommitted, long floorSum, long steps) {
    long total() {
        return Exact.sum(rates);
    }
}
