package id.pita.portal.citizen;

/**
 * A device's standing today.
 *
 * @param online      whether it has a live session now (so it is past the portal)
 * @param secondsLeft online time left today; {@link #UNLIMITED} when the plan sets none
 * @param bytesLeft   data left today; {@link #UNLIMITED} when the plan sets none
 * @param throttledTo the download rate (bit/s) it is held to because its quota is spent and the plan throttles
 *                    rather than disconnects; 0 when not throttled
 * @param resetsAt    when the quota resets, local ("00.00 WITA"); empty when not throttled
 */
public record DeviceAllowance(boolean online, long secondsLeft, long bytesLeft, long throttledTo, String resetsAt) {
    public static final long UNLIMITED = -1;

    public DeviceAllowance {
        secondsLeft = Math.max(UNLIMITED, secondsLeft);
        bytesLeft = Math.max(UNLIMITED, bytesLeft);
        throttledTo = Math.max(0, throttledTo);
        resetsAt = resetsAt == null ? "" : resetsAt;
    }

    public DeviceAllowance(boolean online, long secondsLeft, long bytesLeft) {
        this(online, secondsLeft, bytesLeft, 0, "");
    }

    /** True when a limit is set and nothing of it is left. */
    public boolean exhausted() {
        return secondsLeft == 0 || bytesLeft == 0;
    }
}
