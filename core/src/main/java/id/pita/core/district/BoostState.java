package id.pita.core.district;

/** Lifecycle of an office's request for extra bandwidth. */
public enum BoostState {
    REQUESTED, APPROVED, REJECTED, CANCELLED,
    /** An approved boost withdrawn by an admin before or during its window; the control loop drops it. */
    REVOKED
}
