package id.pita.engine.coa;

import id.pita.core.Check;
import java.net.Inet4Address;
import java.util.Optional;

/**
 * Which live session a request is about, in the attributes the gateway knows it by
 * [RFC 5176 §3: session identification]. Absent text values are empty strings.
 *
 * @param userName         User-Name [RFC 2865 §5.1]; CoovaChilli requires it
 * @param acctSessionId    Acct-Session-Id [RFC 2866 §5.5]
 * @param callingStationId Calling-Station-Id, the client MAC as the gateway wrote it [RFC 2865 §5.31]
 * @param framedIp         Framed-IP-Address [RFC 2865 §5.8]
 */
public record SessionRef(String userName, String acctSessionId, String callingStationId,
                         Optional<Inet4Address> framedIp) {
    public SessionRef {
        userName = userName == null ? "" : userName;
        acctSessionId = acctSessionId == null ? "" : acctSessionId;
        callingStationId = callingStationId == null ? "" : callingStationId;
        framedIp = framedIp == null ? Optional.empty() : framedIp;
        Check.that(!userName.isEmpty() || !acctSessionId.isEmpty() || !callingStationId.isEmpty()
                || framedIp.isPresent(), "session", "needs at least one identifying attribute");
    }

    /**
     * The key under which a newer push supersedes an older queued one: the Acct-Session-Id when there is
     * one (unique per gateway), otherwise every identifying value together.
     */
    public String key() {
        if (!acctSessionId.isEmpty()) {
            return "sid:" + acctSessionId;
        }
        return "u:" + userName + "|m:" + callingStationId + "|ip:" + framedIp.map(a -> a.getHostAddress()).orElse("");
    }
}
