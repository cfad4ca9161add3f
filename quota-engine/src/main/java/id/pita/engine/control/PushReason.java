package id.pita.engine.control;

import java.util.Locale;

/**
 * Why the loop sent a push. Only {@link #DEMAND} waits for {@link ControlConfig#minDwell()}: the others push
 * at once, because something a person or the calendar decided has changed.
 */
public enum PushReason {
    /** The regime changed (16:00), including closing a hotspot. */
    REGIME,
    /** Measured demand moved a rate (including a session's first rate). */
    DEMAND,
    /** A boost began or ended. */
    BOOST,
    /** A citizen's daily quota was spent: disconnect, or throttle to the plan's rate. */
    QUOTA,
    /** The district (sites, policies, citizen plan) was edited. */
    POLICY,
    /** A Disconnect-Request after a CoA the gateway could not apply (RFC 5176 §3.6 Error-Cause, or no answer). */
    FALLBACK;

    /** The lower-case label used in metrics and the push table ({@code regime}, {@code demand}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
