package id.pita.core.session;

import id.pita.core.Check;
import java.time.Instant;

/**
 * One accounting request as received, after gigawords are folded in. Bytes are from the client's
 * point of view: {@code uploadBytes} is RADIUS Acct-Input (what the client sent),
 * {@code downloadBytes} is Acct-Output.
 *
 * @param mac            canonical MAC or empty
 * @param terminateCause Acct-Terminate-Cause name on STOP, else empty
 */
public record AccountingRecord(String gatewayId, String acctSessionId, AcctStatus status, String username,
                               String mac, String ip, long uploadBytes, long downloadBytes, long sessionSeconds,
                               String terminateCause, Instant receivedAt) {
    public AccountingRecord {
        Check.notBlank("gatewayId", gatewayId);
        Check.notNull("acctSessionId", acctSessionId);
        Check.notNull("status", status);
        username = username == null ? "" : username;
        mac = mac == null ? "" : mac;
        ip = ip == null ? "" : ip;
        Check.nonNegative("uploadBytes", uploadBytes);
        Check.nonNegative("downloadBytes", downloadBytes);
        Check.nonNegative("sessionSeconds", sessionSeconds);
        terminateCause = terminateCause == null ? "" : terminateCause;
        Check.notNull("receivedAt", receivedAt);
    }
}
