package id.pita.portal.simulator;

import id.pita.core.district.Gateway;
import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import java.util.Optional;
import java.util.Set;

/**
 * How the simulated MikroTik behaves, from RouterOS's manual and public captures (GATEWAYS.md):
 * RouterOS 6 sends Access-Requests without Message-Authenticator, 7.15+ puts it last; NAS-Identifier is
 * the router's identity, Called-Station-Id the hotspot server's name, Acct-Session-Id eight hex digits
 * (two service symbols, one that counts reboots, a per-session counter); a CoA may change only what the
 * manual lists, anything else is NAKed. Pure; thread-safe.
 */
final class RouterOs {
    /** The hotspot server's name, RouterOS's default. */
    static final String HOTSPOT_SERVER = "hotspot1";
    /** Error-Cause Unsupported-Attribute [RFC 5176 §3.6]. */
    static final int UNSUPPORTED_ATTRIBUTE = 401;
    /** Standard attributes a CoA may carry: session identification, then Filter-Id, the timeouts, Port-Limit. */
    private static final Set<Integer> CHANGEABLE = Set.of(1, 4, 8, 11, 27, 28, 31, 32, 44, 55, 62,
            AttributeType.MESSAGE_AUTHENTICATOR);
    /** MikroTik attributes a CoA may change: Recv/Xmit-Limit, Group, Rate-Limit, Mark-Id, Advertise-*. */
    private static final Set<Integer> CHANGEABLE_MIKROTIK = Set.of(1, 2, 3, 8, 11, 12, 13, 14, 15);

    /** Major version the router runs: 6 never signs requests, 7 (7.15+) signs them last. */
    enum Version {
        V6, V7
    }

    private RouterOs() {
    }

    /**
     * A district whose gateway must sign (REQUIRE) has 7.15+; otherwise every other router still runs 6.49,
     * as many district routers do.
     */
    static Version versionOf(Gateway g, int index) {
        return g.messageAuthenticator() == MessageAuthenticatorPolicy.REQUIRE || index % 2 == 1 ? Version.V7
                : Version.V6;
    }

    /** Acct-Session-Id: {@code 80}, the reboot symbol, then five hex digits of counter, e.g. {@code 8050005a}. */
    static String sessionId(int reboots, int counter) {
        return String.format("80%1x%05x", reboots & 0xF, counter & 0xFFFFF);
    }

    /** The first attribute of a CoA that RouterOS's manual does not list as changeable, if any. */
    static Optional<RadiusAttribute> unchangeable(RadiusPacket coa) {
        for (var a : coa.attributes()) {
            if (a.isVendorSpecific()) {
                if (a.vendorId() != RateAttributes.MIKROTIK || !CHANGEABLE_MIKROTIK.contains(a.vendorType())) {
                    return Optional.of(a);
                }
            } else if (!CHANGEABLE.contains(a.type())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
