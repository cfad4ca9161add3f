package id.pita.engine.access;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Port: a device's use of the public Wi-Fi on one local day, summed over its sessions (stopped and
 * online). The day runs from {@code day} 00:00 to the next 00:00 in {@code zone}, the district's zone,
 * never the JVM default. Implementations are thread-safe.
 */
@FunctionalInterface
public interface DailyUsage {
    /** @param mac canonical form ({@code AA:BB:CC:DD:EE:FF}) */
    DeviceUsage usedOn(String mac, LocalDate day, ZoneId zone);

    /**
     * {@link #usedOn} of each of these devices (all online now), as the control round asks it for every live
     * session: a store answers in one read instead of one per device. By default one {@link #usedOn} each.
     */
    default Map<String, DeviceUsage> usedOnAll(Set<String> macs, LocalDate day, ZoneId zone) {
        var used = new HashMap<String, DeviceUsage>();
        for (var mac : macs) {
            used.put(mac, usedOn(mac, day, zone));
        }
        return used;
    }
}
