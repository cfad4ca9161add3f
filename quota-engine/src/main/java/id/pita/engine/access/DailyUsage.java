package id.pita.engine.access;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Port: a device's use of the public Wi-Fi on one local day, summed over its sessions (stopped and
 * online). The day runs from {@code day} 00:00 to the next 00:00 in {@code zone}, the district's zone,
 * never the JVM default. Implementations are thread-safe.
 */
@FunctionalInterface
public interface DailyUsage {
    /** @param mac canonical form ({@code AA:BB:CC:DD:EE:FF}) */
    DeviceUsage usedOn(String mac, LocalDate day, ZoneId zone);
}
