package id.pita.core.uplink;

import id.pita.core.Check;
import java.time.Instant;

/**
 * One SNMP reading of the uplink interface (IF-MIB): {@code ifHCInOctets} and {@code ifHCOutOctets} (Counter64,
 * compared unsigned), whether {@code ifOperStatus} is up(1), and {@code ifHighSpeed} in Mbit/s (0 when the device
 * reports no rate; a DSL, 4G or VSAT CPE reports its sync rate there). In is what the district receives (down).
 */
public record UplinkSample(Instant at, long inOctets, long outOctets, boolean operUp, long highSpeedMbps) {
    public UplinkSample {
        Check.notNull("at", at);
        Check.nonNegative("highSpeedMbps", highSpeedMbps);
    }
}
