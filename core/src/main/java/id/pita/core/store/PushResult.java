package id.pita.core.store;

import java.time.Instant;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;

/**
 * The outcome of one CoA or Disconnect push [RFC 5176].
 *
 * @param errorCause Error-Cause [RFC 5176 §3.5] from a NAK, else 0
 * @param attempts   how many times the request was sent (1 + retries)
 * @param reason     why the control loop sent it ({@code regime}, {@code demand}, {@code boost}, {@code quota},
 *                   {@code policy}, {@code fallback})
 * @param fallback   what followed because it could not take effect ({@code disconnect}), or empty
 */
public record PushResult(String gatewayId, String sessionKey, Kind kind, Bandwidth rate, Outcome outcome,
                         int errorCause, int attempts, Instant at, String reason, String fallback) {
    /** CoA-Request changes a rate; Disconnect-Request ends a session. */
    public enum Kind { COA, DISCONNECT }

    /** ACK, NAK (with Error-Cause), no answer after the retries, or a local error. */
    public enum Outcome { ACK, NAK, TIMEOUT, ERROR }

    public PushResult {
        Check.notBlank("gatewayId", gatewayId);
        Check.notNull("sessionKey", sessionKey);
        Check.notNull("kind", kind);
        rate = rate == null ? Bandwidth.ZERO : rate;
        Check.notNull("outcome", outcome);
        Check.nonNegative("errorCause", errorCause);
        Check.nonNegative("attempts", attempts);
        Check.notNull("at", at);
        reason = reason == null || reason.isBlank() ? "demand" : reason;
        fallback = fallback == null ? "" : fallback;
    }

    public PushResult(String gatewayId, String sessionKey, Kind kind, Bandwidth rate, Outcome outcome,
                      int errorCause, int attempts, Instant at) {
        this(gatewayId, sessionKey, kind, rate, outcome, errorCause, attempts, at, "demand", "");
    }
}
