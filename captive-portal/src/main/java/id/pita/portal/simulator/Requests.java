package id.pita.portal.simulator;

import id.pita.core.district.Gateway;
import id.pita.core.district.Vendor;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.engine.radius.packet.UserPassword;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests a gateway sends, attribute by attribute as RouterOS and CoovaChilli send them
 * (GATEWAYS.md). Unsigned: {@link RadiusClient} signs them. Pure; thread-safe.
 */
final class Requests {
    /** NAS-IP-Address [RFC 2865 §5.4]. */
    static final int NAS_IP_ADDRESS = 4;
    /** Framed-IP-Address [RFC 2865 §5.8]. */
    static final int FRAMED_IP_ADDRESS = 8;
    /** Class, echoed in accounting [RFC 2865 §5.25]. */
    static final int CLASS = 25;
    /** Session-Timeout [RFC 2865 §5.27]. */
    static final int SESSION_TIMEOUT = 27;
    /** Called-Station-Id [RFC 2865 §5.30]. */
    static final int CALLED_STATION_ID = 30;
    /** Calling-Station-Id [RFC 2865 §5.31]. */
    static final int CALLING_STATION_ID = 31;
    /** NAS-Identifier [RFC 2865 §5.32]. */
    static final int NAS_IDENTIFIER = 32;
    /** Acct-Status-Type [RFC 2866 §5.1]: Start 1, Stop 2, Interim-Update 3 [RFC 2869 §5.1]. */
    static final int ACCT_STATUS_TYPE = 40;
    static final int START = 1;
    static final int STOP = 2;
    static final int INTERIM_UPDATE = 3;
    /** Acct-Input-Octets [RFC 2866 §5.3]: what the client sent. */
    static final int ACCT_INPUT_OCTETS = 42;
    /** Acct-Output-Octets [RFC 2866 §5.4]: what the client received. */
    static final int ACCT_OUTPUT_OCTETS = 43;
    /** Acct-Session-Id [RFC 2866 §5.5]. */
    static final int ACCT_SESSION_ID = 44;
    /** Acct-Session-Time [RFC 2866 §5.7]. */
    static final int ACCT_SESSION_TIME = 46;
    /** Acct-Terminate-Cause [RFC 2866 §5.10]: User-Request 1, Session-Timeout 5, Admin-Reset 6. */
    static final int ACCT_TERMINATE_CAUSE = 49;
    static final int USER_REQUEST = 1;
    static final int SESSION_TIMEOUT_CAUSE = 5;
    static final int ADMIN_RESET = 6;
    /** Acct-Input-Gigawords and Acct-Output-Gigawords [RFC 2869 §5.1, §5.2]. */
    static final int ACCT_INPUT_GIGAWORDS = 52;
    static final int ACCT_OUTPUT_GIGAWORDS = 53;
    /** Event-Timestamp [RFC 2869 §5.3]. */
    static final int EVENT_TIMESTAMP = 55;
    /** Acct-Interim-Interval [RFC 2869 §5.16]. */
    static final int ACCT_INTERIM_INTERVAL = 85;
    /** Error-Cause [RFC 5176 §3.6]: Session-Context-Not-Found 503. */
    static final int ERROR_CAUSE = 101;
    static final int SESSION_CONTEXT_NOT_FOUND = 503;
    private Requests() {
    }

    /** Where a gateway puts Message-Authenticator in its Access-Requests. */
    enum Signing {
        /** BlastRADIUS-hardened servers' habit, and CoovaChilli's here. */
        FIRST,
        /** RouterOS 7.15+. */
        LAST,
        /** RouterOS 6: not at all. */
        NONE;

        /** RouterOS's version decides for a MikroTik; every other gateway signs first. */
        static Signing of(Gateway g, int index) {
            if (g.vendor() != Vendor.MIKROTIK) {
                return FIRST;
            }
            return RouterOs.versionOf(g, index) == RouterOs.Version.V7 ? LAST : NONE;
        }
    }

    /**
     * An office link's Access-Request: User-Name = site code, PAP with the site's office password (as
     * the router's PPPoE or hotspot user is configured).
     */
    static RadiusPacket officeAccess(Gateway g, Signing signing, String password, int id, byte[] authenticator,
                                     byte[] secret, SimSession s) {
        var attrs = head(g, signing, s.userName);
        attrs.add(RadiusAttribute.of(AttributeType.USER_PASSWORD,
                UserPassword.hide(password.getBytes(StandardCharsets.UTF_8), secret, authenticator)));
        station(attrs, g, s);
        return RadiusPacket.of(PacketCode.ACCESS_REQUEST, id, authenticator, tail(attrs, signing));
    }

    /** A citizen's Access-Request: CHAP-Password (ident + response) and CHAP-Challenge, as the router forms them. */
    static RadiusPacket citizenAccess(Gateway g, Signing signing, int id, byte[] authenticator, PortalLogin login,
                                      SimSession s) {
        var attrs = head(g, signing, login.username());
        attrs.add(RadiusAttribute.of(AttributeType.CHAP_PASSWORD, login.chapPassword()));
        attrs.add(RadiusAttribute.of(AttributeType.CHAP_CHALLENGE, login.chapChallenge()));
        station(attrs, g, s);
        return RadiusPacket.of(PacketCode.ACCESS_REQUEST, id, authenticator, tail(attrs, signing));
    }

    private static List<RadiusAttribute> tail(List<RadiusAttribute> attrs, Signing signing) {
        if (signing == Signing.LAST) {
            attrs.add(RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]));
        }
        return attrs;
    }

    /** Start, Interim-Update or Stop with octets split into gigawords and the low 32 bits. */
    static RadiusPacket accounting(Gateway g, int id, int status, SimSession s, Instant now) {
        var attrs = new ArrayList<RadiusAttribute>();
        attrs.add(RadiusAttribute.ofInt(ACCT_STATUS_TYPE, status));
        attrs.add(RadiusAttribute.ofString(AttributeType.USER_NAME, s.userName));
        station(attrs, g, s);
        attrs.add(RadiusAttribute.ofString(NAS_IDENTIFIER, g.id()));
        attrs.add(RadiusAttribute.of(NAS_IP_ADDRESS, ipv4(g.address())));
        if (s.classAttribute.length > 0) {
            attrs.add(RadiusAttribute.of(CLASS, s.classAttribute));
        }
        if (status != START) {
            attrs.add(RadiusAttribute.ofInt(ACCT_INPUT_OCTETS, s.upBytes & 0xFFFFFFFFL));
            attrs.add(RadiusAttribute.ofInt(ACCT_INPUT_GIGAWORDS, s.upBytes >>> 32));
            attrs.add(RadiusAttribute.ofInt(ACCT_OUTPUT_OCTETS, s.downBytes & 0xFFFFFFFFL));
            attrs.add(RadiusAttribute.ofInt(ACCT_OUTPUT_GIGAWORDS, s.downBytes >>> 32));
            attrs.add(RadiusAttribute.ofInt(ACCT_SESSION_TIME, s.sessionSeconds(now)));
        }
        if (status == STOP) {
            attrs.add(RadiusAttribute.ofInt(ACCT_TERMINATE_CAUSE, s.endCause == null ? USER_REQUEST : s.endCause));
        }
        attrs.add(RadiusAttribute.ofInt(EVENT_TIMESTAMP, now.getEpochSecond()));
        return RadiusPacket.of(PacketCode.ACCOUNTING_REQUEST, id, attrs);
    }

    private static List<RadiusAttribute> head(Gateway g, Signing signing, String userName) {
        var attrs = new ArrayList<RadiusAttribute>();
        if (signing == Signing.FIRST) {
            attrs.add(RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]));
        }
        attrs.add(RadiusAttribute.ofString(AttributeType.USER_NAME, userName));
        attrs.add(RadiusAttribute.ofString(NAS_IDENTIFIER, g.id()));
        attrs.add(RadiusAttribute.of(NAS_IP_ADDRESS, ipv4(g.address())));
        return attrs;
    }

    /** Calling-Station-Id in the vendor's spelling, Called-Station-Id, Framed-IP-Address, Acct-Session-Id. */
    private static void station(List<RadiusAttribute> attrs, Gateway g, SimSession s) {
        var mac = g.vendor() == Vendor.COOVACHILLI ? s.mac.replace(':', '-') : s.mac;
        attrs.add(RadiusAttribute.ofString(CALLING_STATION_ID, mac));
        // RouterOS: the hotspot server's name; NAS-Identifier (the router's identity) is the gateway id
        attrs.add(RadiusAttribute.ofString(CALLED_STATION_ID, g.vendor() == Vendor.MIKROTIK
                ? RouterOs.HOTSPOT_SERVER : g.id()));
        attrs.add(RadiusAttribute.of(FRAMED_IP_ADDRESS, ipv4(s.ip)));
        attrs.add(RadiusAttribute.ofString(ACCT_SESSION_ID, s.acctSessionId));
    }

    static byte[] ipv4(String dotted) {
        try {
            return InetAddress.getByName(dotted).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv4 address: " + dotted, e);
        }
    }
}
