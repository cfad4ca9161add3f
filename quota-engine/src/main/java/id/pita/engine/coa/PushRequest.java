package id.pita.engine.coa;

import id.pita.core.Check;
import id.pita.engine.access.RateReply;
import java.util.Optional;

/**
 * What to push to one live session: a new rate (a CoA-Request [RFC 5176 §2.2]) or its end (a
 * Disconnect-Request [RFC 5176 §2.1]).
 *
 * @param rate the new grant; present exactly when {@code kind} is {@link Kind#RATE_CHANGE}
 */
public record PushRequest(Kind kind, SessionRef session, Optional<RateReply> rate) {
    /** The two things a push can do. */
    public enum Kind { RATE_CHANGE, DISCONNECT }

    public PushRequest {
        Check.notNull("kind", kind);
        Check.notNull("session", session);
        rate = rate == null ? Optional.empty() : rate;
        Check.that(rate.isPresent() == (kind == Kind.RATE_CHANGE), "rate",
                "must be given for a rate change and only then");
    }

    public static PushRequest rateChange(SessionRef session, RateReply rate) {
        return new PushRequest(Kind.RATE_CHANGE, session, Optional.of(Check.notNull("rate", rate)));
    }

    public static PushRequest disconnect(SessionRef session) {
        return new PushRequest(Kind.DISCONNECT, session, Optional.empty());
    }
}
