package id.pita.portal.citizen;

import id.pita.core.Check;
import java.time.Duration;

/**
 * Portal configuration.
 *
 * @param publicUrl     the portal's public https URL, given as {@code user-portal-url} [RFC 8908 §5]
 * @param loginBurst    login attempts a MAC or a client IP may make at once
 * @param loginRefill   one more attempt is allowed after this long
 * @param trackedKeys   most MACs/IPs the rate limiter remembers (memory bound)
 * @param authmonTtl    how long an openNDS admission waits for the gateway's poll
 */
public record PortalSettings(String publicUrl, int loginBurst, Duration loginRefill, int trackedKeys,
                             Duration authmonTtl) {
    public PortalSettings {
        Check.notBlank("publicUrl", publicUrl);
        Check.inRange("loginBurst", loginBurst, 1, 1000);
        Check.notNull("loginRefill", loginRefill);
        Check.that(!loginRefill.isNegative() && !loginRefill.isZero(), "loginRefill", "must be positive");
        Check.inRange("trackedKeys", trackedKeys, 1, 10_000_000);
        Check.notNull("authmonTtl", authmonTtl);
    }

    /** 5 attempts, then one per 12 s; 100 000 keys; admissions wait 10 minutes. */
    public static PortalSettings defaults(String publicUrl) {
        return new PortalSettings(publicUrl, 5, Duration.ofSeconds(12), 100_000, Duration.ofMinutes(10));
    }
}
