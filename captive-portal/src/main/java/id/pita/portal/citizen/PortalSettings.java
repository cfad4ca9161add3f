package id.pita.portal.citizen;

import id.pita.core.Check;
import java.time.Duration;

/**
 * Portal configuration.
 *
 * @param publicUrl   the portal's public URL, given as {@code user-portal-url}; RFC 8908 §5 wants https
 * @param macBurst    login attempts one device (MAC) may make at once
 * @param macRefill   one more attempt for a device after this long
 * @param ipBurst     login attempts one client IP may make at once; larger than per MAC because a gateway
 *                    that masquerades shows all its citizens to the portal as one address
 * @param ipRefill    one more attempt for a client IP after this long
 * @param trackedKeys most MACs/IPs each rate limiter remembers (memory bound)
 * @param authmonTtl  how long an openNDS admission waits for the gateway's authmon poll
 * @param gatewayBurst logins one hotspot gateway may take at once, whatever MACs and addresses they come with
 *                    (a limit the client cannot rename its way around)
 * @param gatewayRefill one more login at that gateway after this long
 * @param statusBurst status and RFC 8908 API requests one client address may make at once
 * @param statusRefill one more of those after this long
 * @param maxInFlight most portal requests doing blocking work (store reads) at once; the next is answered 503 on
 *                    the event loop instead of queueing for a worker
 */
public record PortalSettings(String publicUrl, int macBurst, Duration macRefill, int ipBurst, Duration ipRefill,
                             int trackedKeys, Duration authmonTtl, int gatewayBurst, Duration gatewayRefill,
                             int statusBurst, Duration statusRefill, int maxInFlight) {
    /** The settings before the per-gateway, status and in-flight limits, which take their defaults. */
    public PortalSettings(String publicUrl, int macBurst, Duration macRefill, int ipBurst, Duration ipRefill,
                          int trackedKeys, Duration authmonTtl) {
        this(publicUrl, macBurst, macRefill, ipBurst, ipRefill, trackedKeys, authmonTtl, 300,
                Duration.ofMillis(50), 300, Duration.ofMillis(10), 64);
    }

    public PortalSettings {
        Check.notBlank("publicUrl", publicUrl);
        Check.inRange("macBurst", macBurst, 1, 1000);
        positive("macRefill", macRefill);
        Check.inRange("ipBurst", ipBurst, 1, 100_000);
        positive("ipRefill", ipRefill);
        Check.inRange("trackedKeys", trackedKeys, 1, 10_000_000);
        positive("authmonTtl", authmonTtl);
        Check.inRange("gatewayBurst", gatewayBurst, 1, 1_000_000);
        positive("gatewayRefill", gatewayRefill);
        Check.inRange("statusBurst", statusBurst, 1, 1_000_000);
        positive("statusRefill", statusRefill);
        Check.inRange("maxInFlight", maxInFlight, 1, 100_000);
    }

    /**
     * A device: 5 attempts, then one per 12 s. A client IP: 60 attempts, then two a second. A gateway: 300
     * logins, then 20 a second. Status/API: 300 per address, then 100 a second. 100 000 keys; admissions wait
     * 10 minutes for authmon; 64 requests in blocking work at once.
     */
    public static PortalSettings defaults(String publicUrl) {
        return new PortalSettings(publicUrl, 5, Duration.ofSeconds(12), 60, Duration.ofMillis(500), 100_000,
                Duration.ofMinutes(10));
    }

    private static void positive(String field, Duration d) {
        Check.notNull(field, d);
        Check.that(!d.isNegative() && !d.isZero(), field, "must be positive");
    }
}
