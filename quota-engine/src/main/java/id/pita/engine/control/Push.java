package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;

/**
 * One thing to tell a gateway about one session: a new rate (RFC 5176 CoA-Request) or the end of the
 * session (RFC 5176 Disconnect-Request).
 */
public sealed interface Push {
    String gatewayId();

    String acctSessionId();

    String username();

    /** {@code gatewayId/acctSessionId}, as {@link id.pita.core.session.Session#key()}. */
    default String sessionKey() {
        return gatewayId() + "/" + acctSessionId();
    }

    /** @param previous what was last pushed; {@link Bandwidth#ZERO} if nothing yet */
    record RateChange(String gatewayId, String acctSessionId, String username, Bandwidth rate, Bandwidth previous)
            implements Push {
        public RateChange {
            Check.notBlank("gatewayId", gatewayId);
            Check.notNull("acctSessionId", acctSessionId);
            Check.notNull("rate", rate);
            Check.notNull("previous", previous);
        }

        boolean decrease() {
            return rate.down() < previous.down() || rate.up() < previous.up();
        }
    }

    /** @param reason a stable code: {@code hotspot-closed} or {@code quota-exhausted} */
    record Disconnect(String gatewayId, String acctSessionId, String username, String reason) implements Push {
        public static final String HOTSPOT_CLOSED = "hotspot-closed";
        public static final String QUOTA_EXHAUSTED = "quota-exhausted";

        public Disconnect {
            Check.notBlank("gatewayId", gatewayId);
            Check.notNull("acctSessionId", acctSessionId);
            Check.notBlank("reason", reason);
        }
    }
}
