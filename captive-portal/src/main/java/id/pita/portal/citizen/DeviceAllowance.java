package id.pita.portal.citizen;

/**
 * A device's standing today.
 *
 * @param online      whether it has a live session now (so it is past the portal)
 * @param secondsLeft online time left today; {@link #UNLIMITED} when the plan sets none
 * @param bytesLeft   data left today; {@link #UNLIMITED} when the plan sets none
 */
public record DeviceAllowance(boolean online, long secondsLeft, long bytesLeft) {
    public static final long UNLIMITED = -1;

    public DeviceAllowance {
        secondsLeft = Math.max(UNLIMITED, secondsLeft);
        bytesLeft = Math.max(UNLIMITED, bytesLeft);
    }

    /** True when a limit is set and nothing of it is left. */
    public boolean exhausted() {
        return secondsLeft == 0 || bytesLeft == 0;
    }
}
