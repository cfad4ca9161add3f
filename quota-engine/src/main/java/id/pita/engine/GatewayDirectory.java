package id.pita.engine;

import id.pita.core.district.Gateway;
import java.net.InetAddress;
import java.util.Optional;

/** The configured gateways, looked up by the source address of their packets. Thread-safe; may change live. */
@FunctionalInterface
public interface GatewayDirectory {
    Optional<Gateway> byAddress(InetAddress source);
}
