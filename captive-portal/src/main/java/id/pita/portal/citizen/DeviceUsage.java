package id.pita.portal.citizen;

import id.pita.core.session.MacAddress;
import java.time.Instant;

/** What a device has left today under the citizen plan. Thread-safe; never blocks long. */
@FunctionalInterface
public interface DeviceUsage {
    DeviceAllowance today(MacAddress mac, Instant now);
}
