package id.pita.engine.control;

import id.pita.core.district.District;
import java.util.Optional;
import java.util.Set;

/**
 * When a CoA cannot take effect: a gateway that NAKs a rate change with an Error-Cause meaning "I cannot do
 * this" (RFC 5176 §3.6: 401 Unsupported Attribute, 402 Missing Attribute, 404 Invalid Request, 405
 * Unsupported Service, 406 Unsupported Extension), or never answers it after every retry, keeps the old rate
 * for as long as the session lasts. If the gateway's {@code coaFallback} is on, the loop then ends the session
 * with a Disconnect-Request, and the device's next login gets the new rate in its Access-Accept. Other NAKs
 * (503 Session Context Not Found, 506 Resources Unavailable, ...) are not a reason to cut anyone off.
 */
final class CoaFallback {
    static final Set<Integer> UNSUPPORTED = Set.of(401, 402, 404, 405, 406);
    /** How {@link PushResult#fallback()} names it in the push table. */
    static final String DISCONNECT = "disconnect";

    private CoaFallback() {
    }

    static Optional<Push> after(Push push, PushResult result, District district) {
        if (!(push instanceof Push.RateChange change)) {
            return Optional.empty();
        }
        boolean failed = result.outcome() == PushResult.Outcome.TIMEOUT
                || result.outcome() == PushResult.Outcome.NAK && UNSUPPORTED.contains(result.errorCause());
        if (!failed || !district.gateway(push.gatewayId()).map(g -> g.coaFallback()).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(new Push.Disconnect(change.gatewayId(), change.acctSessionId(), change.username(),
                Push.Disconnect.COA_FALLBACK));
    }
}
