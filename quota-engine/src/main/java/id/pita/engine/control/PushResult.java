package id.pita.engine.control;

import id.pita.core.Check;
import java.time.Instant;

/**
 * How a gateway answered one push.
 *
 * @param detail Error-Cause on a NAK [RFC 5176 §3.5], the failure on an error; may be empty
 */
public record PushResult(Outcome outcome, String detail, Instant at) {
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
    }

    public boolean acked() {
        return outcome == Outcome.ACK;
    }
}
