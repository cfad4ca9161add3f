package id.pita.engine.control;

import id.pita.core.Check;
import java.time.Instant;

/**
 * How a gateway answered one push.
 *
 * @param detail     Error-Cause on a NAK [RFC 5176 §3.5], the failure on an error; may be empty
 * @param errorCause the NAK's Error-Cause value; 0 if none
 * @param fallback   what the loop did because this push could not take effect ({@code disconnect}), or empty
 */
public record PushResult(Outcome outcome, String detail, Instant at, int errorCause, String fallback) {
    public enum Outcome {
        /** CoA-ACK or Disconnect-ACK. */
        ACK,
        /** CoA-NAK or Disconnect-NAK. */
        NAK,
        /** No answer after the client's retries. */
        TIMEOUT,
        /** Not sent: no CoA port, unknown gateway, or a local failure. */
        ERROR
    }

    public PushResult {
        Check.notNull("outcome", outcome);
        detail = detail == null ? "" : detail;
        Check.notNull("at", at);
        Check.nonNegative("errorCause", errorCause);
        fallback = fallback == null ? "" : fallback;
    }

    public PushResult(Outcome outcome, String detail, Instant at) {
        this(outcome, detail, at, 0, "");
    }

    public PushResult withFallback(String what) {
        return new PushResult(outcome, detail, at, errorCause, what);
    }

    public boolean acked() {
        return outcome == Outcome.ACK;
    }
}
