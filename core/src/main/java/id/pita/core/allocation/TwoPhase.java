package id.pita.core.allocation;

/**
 * The work-conserving rule used at every level: first share by demand (floors are the guarantees a claim
 * wants, caps what it wants up to its ceiling); if capacity is still left, lend the rest by weight up to the
 * ceilings, starting from what phase 1 gave, so nothing paid for sits idle while someone could take it.
 */
final class TwoPhase {
    private TwoPhase() {
    }

    /** Requires {@code floors <= wants <= ceilings} element-wise. */
    static WaterFillResult share(long capacity, long[] floors, long[] wants, long[] ceilings, long[] weights) {
        var first = WaterFill.fill(capacity, floors, wants, weights);
        if (first.total() >= capacity) {
            return first;
        }
        var second = WaterFill.fill(capacity, first.rates(), ceilings, weights);
        return new WaterFillResult(second.rates(), first.overCommitted(), first.floorSum(),
                first.steps() + second.steps());
    }
}
