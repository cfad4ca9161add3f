package id.pita.core.district;

/** What happens to a citizen whose daily quota (data or time) is spent, until it resets at local midnight. */
public enum OverQuota {
    /** Ended and refused until the quota resets (the default). */
    DISCONNECT,
    /** Kept online at the plan's {@link CitizenPlan#throttleRate()}. */
    THROTTLE
}
