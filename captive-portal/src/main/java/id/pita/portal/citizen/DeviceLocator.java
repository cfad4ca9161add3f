package id.pita.portal.citizen;

import id.pita.core.session.MacAddress;
import java.util.Optional;

/**
 * The device behind a client IP address, from live sessions (Framed-IP-Address), for the RFC 8908 API when
 * the request carries no {@code mac}. Thread-safe.
 */
@FunctionalInterface
public interface DeviceLocator {
    Optional<MacAddress> byIp(String ip);
}
