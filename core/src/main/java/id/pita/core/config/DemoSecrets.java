package id.pita.core.config;

import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.district.Vendor;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The demo districts' files are public, secrets and all, so a demo is never imported with them: every
 * gateway's RADIUS secret, where it has one its uamsecret or faskey, and every office password are replaced
 * with fresh random ones
 * (24 bytes from {@link SecureRandom}, base64url) at import, different on every installation. Whoever plays
 * the gateways (the simulator) reads them back from the store. Pure apart from the random source.
 */
public final class DemoSecrets {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private DemoSecrets() {
    }

    public static District fresh(District demo, SecureRandom random) {
        var gateways = demo.gateways().stream().map(g -> fresh(g, random)).toList();
        var sites = demo.sites().stream().map(s -> s.hasPassword() ? s.withPassword(secret(random)) : s).toList();
        return new District(demo.code(), demo.name(), demo.zone(), demo.pool(), sites, gateways,
                demo.calendar(), demo.policies(), demo.citizenPlan());
    }

    private static Gateway fresh(Gateway g, SecureRandom random) {
        var secret = g.vendor() == Vendor.OPENNDS ? "" : secret(random);
        var portal = g.portalSecret().isEmpty() ? "" : secret(random);
        return new Gateway(g.id(), g.siteCode(), g.address(), secret, g.vendor(), g.coaPort(),
                g.messageAuthenticator(), portal, g.loginAddresses());
    }

    static String secret(SecureRandom random) {
        var bytes = new byte[24];
        random.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }
}
