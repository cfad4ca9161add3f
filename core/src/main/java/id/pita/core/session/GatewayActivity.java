package id.pita.core.session;

import id.pita.core.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one gateway last did, as Pita saw it: the field's first questions when "the Wi-Fi does not
 * work" (is the router talking to us at all, does it send accounting, does it take our CoA).
 *
 * @param lastAccessRequest when its last Access-Request arrived (authenticated)
 * @param lastAccept        when Pita last answered one of them with Access-Accept
 * @param lastAccounting    when its last Accounting-Request arrived (authenticated)
 * @param lastCoaAck        when it last acknowledged a CoA or Disconnect
 * @param unsignedRequests  Access-Requests it sent without Message-Authenticator (BlastRADIUS)
 * @param signs             it has sent a valid Message-Authenticator: under policy AUTO it must from now on,
 *                          across Pita's restarts too
 */
public record GatewayActivity(String gatewayId, Optional<Instant> lastAccessRequest, Optional<Instant> lastAccept,
                              Optional<Instant> lastAccounting, Optional<Instant> lastCoaAck, long unsignedRequests,
                              boolean signs) {
    public GatewayActivity {
        Check.notBlank("gatewayId", gatewayId);
        Check.notNull("lastAccessRequest", lastAccessRequest);
        Check.notNull("lastAccept", lastAccept);
        Check.notNull("lastAccounting", lastAccounting);
        Check.notNull("lastCoaAck", lastCoaAck);
        Check.nonNegative("unsignedRequests", unsignedRequests);
    }

    public static GatewayActivity none(String gatewayId) {
        return new GatewayActivity(gatewayId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                0, false);
    }

    /**
     * "Authenticates but sends no accounting", the most common fault of hotspot RADIUS set-ups (the
     * router's accounting switched off, or sent to another server): an Access-Accept at least
     * {@code grace} ago and no accounting since it. A gateway sends Accounting-Start within seconds of
     * an Accept, so {@code grace} of one interim interval is generous.
     */
    public boolean authenticatesWithoutAccounting(Instant now, Duration grace) {
        if (lastAccept.isEmpty() || lastAccept.get().plus(grace).isAfter(now)) {
            return false;
        }
        return lastAccounting.isEmpty() || lastAccounting.get().isBefore(lastAccept.get());
    }
}
