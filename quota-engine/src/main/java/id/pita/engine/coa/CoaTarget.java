package id.pita.engine.coa;

import id.pita.core.Check;
import id.pita.core.InvalidValueException;
import id.pita.core.district.Gateway;
import id.pita.core.district.Vendor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a CoA or Disconnect request goes: the gateway's address and CoA port, the shared secret and
 * the vendor, which decides the attribute vocabulary.
 *
 * @param coaPort the gateway's Dynamic Authorization Server port [RFC 5176 §3: 3799]
 * @param secret  RADIUS shared secret; never printed
 */
public record CoaTarget(InetAddress address, int coaPort, String secret, Vendor vendor) {
    /** The IANA port for Dynamic Authorization [RFC 5176 §3]. */
    public static final int DEFAULT_COA_PORT = 3799;

    public CoaTarget {
        Check.notNull("address", address);
        Check.inRange("coaPort", coaPort, 1, 65535);
        Check.notBlank("secret", secret);
        Check.notNull("vendor", vendor);
        Check.that(vendor != Vendor.OPENNDS, "vendor", "openNDS has no RADIUS CoA");
    }

    /** A target on the standard port 3799. */
    public CoaTarget(InetAddress address, String secret, Vendor vendor) {
        this(address, DEFAULT_COA_PORT, secret, vendor);
    }

    /** The gateway's CoA target, or empty when it takes no CoA (coaPort 0, or openNDS). */
    public static Optional<CoaTarget> of(Gateway gateway) {
        if (!gateway.takesCoa()) {
            return Optional.empty();
        }
        try {
            var address = InetAddress.getByName(gateway.address());
            return Optional.of(new CoaTarget(address, gateway.coaPort(), gateway.secret(), gateway.vendor()));
        } catch (UnknownHostException e) {
            throw new InvalidValueException("address", "cannot be resolved (was '" + gateway.address() + "')");
        }
    }

    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(address, coaPort);
    }

    byte[] secretBytes() {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "CoaTarget[" + address.getHostAddress() + ":" + coaPort + ", vendor=" + vendor + "]";
    }
}
