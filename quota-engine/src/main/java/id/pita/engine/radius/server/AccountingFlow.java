package id.pita.engine.radius.server;

import id.pita.core.InvalidValueException;
import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.session.MacAddress;
import id.pita.engine.radius.dictionary.AttributeDef;
import id.pita.engine.radius.dictionary.Dictionary;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusDecodeException;
import id.pita.engine.radius.packet.RadiusPacket;
import java.net.InetAddress;
import java.time.Instant;
import java.util.Optional;

/**
 * An authenticated Accounting-Request to an {@link AccountingRecord} [RFC 2866 §5], gigawords folded
 * in [RFC 2869 §5.1-5.2]: bytes = gigawords * 2^32 + octets; Acct-Input is the client's upload.
 * Thread-safe.
 */
final class AccountingFlow {
    private final Dictionary dictionary;
    private final AttributeDef statusType;
    private final AttributeDef sessionId;
    private final AttributeDef userName;
    private final AttributeDef callingStationId;
    private final AttributeDef framedIp;
    private final AttributeDef inputOctets;
    private final AttributeDef inputGigawords;
    private final AttributeDef outputOctets;
    private final AttributeDef outputGigawords;
    private final AttributeDef sessionTime;
    private final AttributeDef terminateCause;

    AccountingFlow(Dictionary dictionary) {
        this.dictionary = dictionary;
        statusType = dictionary.attribute("Acct-Status-Type");
        sessionId = dictionary.attribute("Acct-Session-Id");
        userName = dictionary.attribute("User-Name");
        callingStationId = dictionary.attribute("Calling-Station-Id");
        framedIp = dictionary.attribute("Framed-IP-Address");
        inputOctets = dictionary.attribute("Acct-Input-Octets");
        inputGigawords = dictionary.attribute("Acct-Input-Gigawords");
        outputOctets = dictionary.attribute("Acct-Output-Octets");
        outputGigawords = dictionary.attribute("Acct-Output-Gigawords");
        sessionTime = dictionary.attribute("Acct-Session-Time");
        terminateCause = dictionary.attribute("Acct-Terminate-Cause");
    }

    /**
     * The record, or empty for a status Pita does not track (tunnel and failed-session statuses),
     * which is acknowledged and ignored. Throws {@link RadiusDecodeException} without Acct-Status-Type.
     */
    Optional<AccountingRecord> record(RadiusRequest request, Instant receivedAt) {
        var p = request.packet();
        long code = statusType.getInteger(p)
                .orElseThrow(() -> new RadiusDecodeException("Accounting-Request without Acct-Status-Type"));
        var status = AcctStatus.ofCode((int) Math.min(code, Integer.MAX_VALUE));
        if (status.isEmpty()) {
            return Optional.empty();
        }
        var mac = callingStationId.getString(p).map(AccountingFlow::mac).orElse("");
        return Optional.of(new AccountingRecord(request.gateway().id(), sessionId.getString(p).orElse(""),
                status.get(), userName.getString(p).orElse(""), mac,
                framedIp.getIpaddr(p).map(InetAddress::getHostAddress).orElse(""),
                bytes(p, inputGigawords, inputOctets), bytes(p, outputGigawords, outputOctets),
                sessionTime.getInteger(p).orElse(0L), cause(p), receivedAt));
    }

    private static long bytes(RadiusPacket p, AttributeDef gigawords, AttributeDef octets) {
        long high = gigawords.getInteger(p).orElse(0L);
        if (high > Integer.MAX_VALUE) {
            throw new RadiusDecodeException(gigawords.name() + " " + high + " overflows a byte count");
        }
        return (high << 32) + octets.getInteger(p).orElse(0L);
    }

    private String cause(RadiusPacket p) {
        return terminateCause.getInteger(p)
                .map(n -> dictionary.valueName(terminateCause.name(), n).orElse(Long.toString(n))).orElse("");
    }

    private static String mac(String text) {
        try {
            return MacAddress.parse(text).value();
        } catch (InvalidValueException e) {
            return "";
        }
    }

    /** Accounting-Response: no attributes of its own, Proxy-State copied [RFC 2866 §4.2]. */
    static RadiusPacket response(RadiusPacket request) {
        return RadiusPacket.of(PacketCode.ACCOUNTING_RESPONSE, request.identifier(),
                AccessFlow.proxyState(request));
    }
}
