package id.pita.core.district;

/** Lifecycle of an office's request for extra bandwidth. */
public enum BoostState {
    REQUESTED, APPROVED, REJECTED, CANCELLED
}
