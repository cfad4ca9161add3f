package id.pita.core.session;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;
import java.time.Instant;

/**
 * A RADIUS session as the store knows it, folded from its accounting records.
 *
 * @param siteCode   the site of its gateway
 * @param lastPushed the rate last sent to the gateway (Accept or CoA); {@link Bandwidth#ZERO} if none yet
 * @param stopped    when it stopped, or {@code null} while online
 */
public record Session(String gatewayId, String acctSessionId, String username, String siteCode, String mac,
                      String ip, Instant started, Instant lastUpdate, long uploadBytes, long downloadBytes,
                      long sessionSeconds, Bandwidth lastPushed, Instant stopped) {
    public Session {
        Check.notBlank("gatewayId", gatewayId);
        Check.notNull("acctSessionId", acctSessionId);
        username = username == null ? "" : username;
        Check.notBlank("siteCode", siteCode);
        mac = mac == null ? "" : mac;
        ip = ip == null ? "" : ip;
        Check.notNull("started", started);
        Check.notNull("lastUpdate", lastUpdate);
        lastPushed = lastPushed == null ? Bandwidth.ZERO : lastPushed;
    }

    /** The key the allocator and the control loop use: {@code gatewayId/acctSessionId}. */
    public String key() {
        return gatewayId + "/" + acctSessionId;
    }

    public boolean online() {
        return stopped == null;
    }
}
