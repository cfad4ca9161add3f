package id.pita.core.allocation;

/**
 * Plans the pool (ARCHITECTURE §2). Pure, deterministic, O(n log n) in sites plus sessions.
 */
public final class Allocator {
    private Allocator() {
    }

    public static Allocation allocate(AllocationInput input) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
