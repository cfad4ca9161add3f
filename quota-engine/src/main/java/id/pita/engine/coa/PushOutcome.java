package id.pita.engine.coa;

import id.pita.core.Check;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * What came of a push, to be recorded and counted.
 *
 * @param errorCause the NAK's Error-Cause [RFC 5176 §3.6], e.g. 503 Session-Context-Not-Found; empty otherwise
 * @param attempts   datagrams sent for it (1 = no retransmission; 0 = never sent)
 * @param latency    from the first transmission to the answer or the give-up
 * @param detail     a short reason for TIMEOUT, ERROR and SUPERSEDED; empty for ACK and NAK
 */
public record PushOutcome(Result result, OptionalInt errorCause, int attempts, Duration latency, String detail) {
    /** ACK and NAK are the gateway's answers; the rest are Pita's conclusions. */
    public enum Result {
        /** CoA-ACK or Disconnect-ACK [RFC 5176 §2]. */
        ACK,
        /** CoA-NAK or Disconnect-NAK [RFC 5176 §2], usually with an Error-Cause. */
        NAK,
        /** No valid answer after every attempt. */
        TIMEOUT,
        /** Not sent or not answerable: bad request, client closed, socket failure. */
        ERROR,
        /** Dropped from the queue because a newer push for the same session replaced it. */
        SUPERSEDED
    }

    public PushOutcome {
        Check.notNull("result", result);
        errorCause = errorCause == null ? OptionalInt.empty() : errorCause;
        Check.nonNegative("attempts", attempts);
        Check.notNull("latency", latency);
        detail = detail == null ? "" : detail;
    }

    public static PushOutcome ack(int attempts, Duration latency) {
        return new PushOutcome(Result.ACK, OptionalInt.empty(), attempts, latency, "");
    }

    public static PushOutcome nak(OptionalInt errorCause, int attempts, Duration latency) {
        return new PushOutcome(Result.NAK, errorCause, attempts, latency, "");
    }

    public static PushOutcome timeout(int attempts, Duration latency) {
        return new PushOutcome(Result.TIMEOUT, OptionalInt.empty(), attempts, latency,
                "no valid answer after " + attempts + " attempts");
    }

    public static PushOutcome error(String detail, int attempts, Duration latency) {
        return new PushOutcome(Result.ERROR, OptionalInt.empty(), attempts, latency, detail);
    }

    public static PushOutcome superseded() {
        return new PushOutcome(Result.SUPERSEDED, OptionalInt.empty(), 0, Duration.ZERO,
                "replaced by a newer push for the same session");
    }

    public boolean acknowledged() {
        return result == Result.ACK;
    }
}
