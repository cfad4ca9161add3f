package id.pita.core.district;

import id.pita.core.Check;
import java.util.List;
import java.util.Locale;

/**
 * A NAS: a hotspot or office router that talks RADIUS to Pita (or, for openNDS, FAS over HTTP).
 *
 * @param id           a code unique in the district; MikroTik's NAS-Identifier or Chilli's nasid when set
 * @param address      the source IP address its RADIUS packets come from (and where CoA goes)
 * @param secret       RADIUS shared secret; never printed
 * @param coaPort      where it listens for CoA/Disconnect (RFC 5176, 3799); 0 when it has none
 * @param portalSecret CoovaChilli's uamsecret or openNDS's faskey; empty when none; never printed
 * @param coaFallback  when it refuses a CoA as unsupported (Error-Cause 401, 402, 404, 405, 406) or never
 *                     answers one, end the session with a Disconnect-Request so that the device logs in again
 *                     at the new rate; default on for MikroTik ({@link #defaultCoaFallback})
 * @param loginAddresses the hotspot's own addresses a citizen's browser is sent to (MikroTik {@code link-login-only}
 *                     host, openNDS {@code gatewayaddress}): IP addresses or DNS names, optionally {@code :port};
 *                     {@code address} always counts too. Stored lower case.
 */
public record Gateway(String id, String siteCode, String address, String secret, Vendor vendor, int coaPort,
                      MessageAuthenticatorPolicy messageAuthenticator, String portalSecret, boolean coaFallback,
                      List<String> loginAddresses) {
    public Gateway {
        Check.code("id", id);
        Check.code("siteCode", siteCode);
        Check.notBlank("address", address);
        Check.notNull("vendor", vendor);
        if (vendor != Vendor.OPENNDS) {
            Check.notBlank("secret", secret);
        }
        secret = secret == null ? "" : secret;
        Check.inRange("coaPort", coaPort, 0, 65535);
        messageAuthenticator = messageAuthenticator == null ? MessageAuthenticatorPolicy.defaultFor(vendor)
                : messageAuthenticator;
        portalSecret = portalSecret == null ? "" : portalSecret;
        loginAddresses = loginAddresses == null ? List.of() : loginAddresses.stream()
                .map(a -> Check.notBlank("loginAddresses", a).trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** With the vendor's default {@link #coaFallback()}, logging in only at {@code address}. */
    public Gateway(String id, String siteCode, String address, String secret, Vendor vendor, int coaPort,
                   MessageAuthenticatorPolicy messageAuthenticator, String portalSecret) {
        this(id, siteCode, address, secret, vendor, coaPort, messageAuthenticator, portalSecret,
                defaultCoaFallback(vendor), List.of());
    }

    /** Logging in only at {@code address}. */
    public Gateway(String id, String siteCode, String address, String secret, Vendor vendor, int coaPort,
                   MessageAuthenticatorPolicy messageAuthenticator, String portalSecret, boolean coaFallback) {
        this(id, siteCode, address, secret, vendor, coaPort, messageAuthenticator, portalSecret, coaFallback,
                List.of());
    }

    /** With the vendor's default {@link #coaFallback()}. */
    public Gateway(String id, String siteCode, String address, String secret, Vendor vendor, int coaPort,
                   MessageAuthenticatorPolicy messageAuthenticator, String portalSecret, List<String> loginAddresses) {
        this(id, siteCode, address, secret, vendor, coaPort, messageAuthenticator, portalSecret,
                defaultCoaFallback(vendor), loginAddresses);
    }

    /**
     * On for MikroTik: RouterOS refuses a CoA it cannot apply to a live session (a rate change on some
     * hotspot and PPP set-ups) and applies the new rate only at the next login.
     */
    public static boolean defaultCoaFallback(Vendor vendor) {
        return vendor == Vendor.MIKROTIK;
    }

    /** Whether it takes RFC 5176 CoA and Disconnect: a CoA port, and not openNDS (which speaks no RADIUS). */
    public boolean takesCoa() {
        return coaPort != 0 && vendor != Vendor.OPENNDS;
    }

    /** The same gateway with other login addresses. */
    public Gateway withLoginAddresses(List<String> addresses) {
        return new Gateway(id, siteCode, address, secret, vendor, coaPort, messageAuthenticator, portalSecret,
                coaFallback, addresses);
    }

    /**
     * True when a browser sent to {@code host} (and {@code port}, -1 when none was given) is sent to this gateway:
     * the host is its {@code address} or one of its {@code loginAddresses}; an entry with a port must match it.
     */
    public boolean servesLoginAt(String host, int port) {
        if (host == null || host.isBlank()) {
            return false;
        }
        var h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals(address.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (var entry : loginAddresses) {
            int colon = entry.lastIndexOf(':');
            boolean withPort = colon > 0 && entry.indexOf(':') == colon && !entry.endsWith("]");
            if (withPort ? entry.equals(h + ":" + port) : entry.equals(h)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Gateway[id=" + id + ", site=" + siteCode + ", address=" + address + ", vendor=" + vendor
                + ", coaPort=" + coaPort + ", messageAuthenticator=" + messageAuthenticator + ", coaFallback="
                + coaFallback + ", loginAddresses=" + loginAddresses + "]";
    }
}
