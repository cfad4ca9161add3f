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

    /** Why the loop sends it (metrics, push table). */
    PushReason pushReason();

    /**
     * @param previous   what was last pushed; {@link Bandwidth#ZERO} if nothing yet
     * @param pushReason why (only {@link PushReason#DEMAND} waits for the dwell time)
     */
    record RateChange(String gatewayId, String acctSessionId, String username, Bandwidth rate, Bandwidth previous,
                      PushReason pushReason) implements Push {
        public RateChange {
            Check.notBlank("gatewayId", gatewayId);
            Check.notNull("acctSessionId", acctSessionId);
            Check.notNull("rate", rate);
            Check.notNull("previous", previous);
            Check.notNull("pushReason", pushReason);
        }

        /** A demand-driven change. */
        public RateChange(String gatewayId, String acctSessionId, String username, Bandwidth rate, Bandwidth previous) {
            this(gatewayId, acctSessionId, username, rate, previous, PushReason.DEMAND);
        }

        boolean decrease() {
            return rate.down() < previous.down() || rate.up() < previous.up();
        }
    }

    /**
     * @param reason a stable code: {@code hotspot-closed}, {@code quota-exhausted} or {@code coa-fallback}
     *               (the gateway could not apply a CoA, so the device re-authenticates at the new rate)
     */
    record Disconnect(String gatewayId, String acctSessionId, String username, String reason) implements Push {
        public static final String HOTSPOT_CLOSED = "hotspot-closed";
        public static final String QUOTA_EXHAUSTED = "quota-exhausted";
        public static final String COA_FALLBACK = "coa-fallback";

        public Disconnect {
            Check.notBlank("gatewayId", gatewayId);
            Check.notNull("acctSessionId", acctSessionId);
            Check.notBlank("reason", reason);
        }

        @Override
        public PushReason pushReason() {
            return switch (reason) {
                case QUOTA_EXHAUSTED -> PushReason.QUOTA;
                case COA_FALLBACK -> PushReason.FALLBACK;
                case HOTSPOT_CLOSED -> PushReason.REGIME;
                default -> PushReason.POLICY;
            };
        }
    }
}
