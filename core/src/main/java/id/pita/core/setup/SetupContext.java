package id.pita.core.setup;

import id.pita.core.Check;
import id.pita.core.InvalidValueException;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Where the gateways reach Pita, for the generated configurations.
 *
 * @param pitaAddress     the IPv4 address gateways send RADIUS to and that their walled garden opens
 * @param authPort        Pita's RADIUS authentication port (1812)
 * @param accountingPort  Pita's RADIUS accounting port (1813)
 * @param portalUrl       the citizen portal's public URL, e.g. {@code https://wifi.paser.go.id/}
 * @param coaPort         the port a gateway listens on for CoA/Disconnect when its record says 0 (3799)
 * @param interimInterval the accounting interim interval the citizen plan asks for
 */
public record SetupContext(String pitaAddress, int authPort, int accountingPort, URI portalUrl, int coaPort,
                           Duration interimInterval) {
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    public SetupContext {
        Check.notBlank("pitaAddress", pitaAddress);
        if (!IPV4.matcher(pitaAddress).matches()) {
            throw new InvalidValueException("pitaAddress", "must be an IPv4 address the gateways can reach (was '"
                    + pitaAddress + "')");
        }
        Check.inRange("authPort", authPort, 1, 65535);
        Check.inRange("accountingPort", accountingPort, 1, 65535);
        Check.notNull("portalUrl", portalUrl);
        if (!"http".equals(portalUrl.getScheme()) && !"https".equals(portalUrl.getScheme())
                || portalUrl.getHost() == null) {
            throw new InvalidValueException("portalUrl", "must be an http(s) URL with a host (was '" + portalUrl + "')");
        }
        Check.inRange("coaPort", coaPort, 1, 65535);
        Check.notNull("interimInterval", interimInterval);
    }

    public boolean httpsPortal() {
        return "https".equals(portalUrl.getScheme());
    }

    public String portalHost() {
        return portalUrl.getHost();
    }

    /** The portal's port, explicit or the scheme's default. */
    public int portalPort() {
        return portalUrl.getPort() > 0 ? portalUrl.getPort() : httpsPortal() ? 443 : 80;
    }

    /** Whether the portal's host is an IPv4 literal rather than a name. */
    public boolean portalHostIsAddress() {
        return IPV4.matcher(portalHost()).matches();
    }

    /** The interim interval in whole seconds, at least 60 (CoovaChilli refuses less). */
    public long interimSeconds() {
        return Math.max(60, interimInterval.toSeconds());
    }
}
