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
 */
public record Gateway(String id, String siteCode, String address, String secret, Vendor vendor, int coaPort,
                      MessageAuthenticatorPolicy messageAuthenticator, String portalSecret) {
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

    @Override
    public String toString() {
        return "Gateway[id=" + id + ", site=" + siteCode + ", address=" + address + ", vendor=" + vendor
                + ", coaPort=" + coaPort + ", messageAuthenticator=" + messageAuthenticator + "]";
    }
}
