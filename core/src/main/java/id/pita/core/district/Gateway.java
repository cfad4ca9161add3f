package id.pita.core.district;

import id.pita.core.Check;

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
 */
public record Gateway(String id, String siteCode, String address, String secret, Vendor vendor, int coaPort,
                      MessageAuthenticatorPolicy messageAuthenticator, String portalSecret, boolean coaFallback) {
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
    }

    /** With the vendor's default {@link #coaFallback()}. */
    public Gateway(String id, String siteCode, String address, String secret, Vendor vendor, int coaPort,
                   MessageAuthenticatorPolicy messageAuthenticator, String portalSecret) {
        this(id, siteCode, address, secret, vendor, coaPort, messageAuthenticator, portalSecret,
                defaultCoaFallback(vendor));
    }

    /**
     * On for MikroTik: RouterOS refuses a CoA it cannot apply to a live session (a rate change on some
     * hotspot and PPP set-ups) and applies the new rate only at the next login.
     */
    public static boolean defaultCoaFallback(Vendor vendor) {
        return vendor == Vendor.MIKROTIK;
    }

    @Override
    public String toString() {
        return "Gateway[id=" + id + ", site=" + siteCode + ", address=" + address + ", vendor=" + vendor
                + ", coaPort=" + coaPort + ", messageAuthenticator=" + messageAuthenticator + ", coaFallback=" + coaFallback
                + "]";
    }
}
