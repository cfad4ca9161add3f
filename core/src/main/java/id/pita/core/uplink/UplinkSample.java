package id.pita.core.uplink;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;
import java.time.Instant;

/**
 * One SNMP reading of the uplink interface (IF-MIB): {@code ifHCInOctets} and {@code ifHCOutOctets} (Counter64,
 * compared unsigned), whether {@code ifOperStatus} is up(1), and {@code ifHighSpeed} in Mbit/s (0 when the device
 * reports no rate; a DSL, 4G or VSAT CPE reports its sync rate there). In is what the district receives (down).
 * {@code offered} is what Pita offered the link over the interval ending at this sample (the total of the plan's
 * rates); null when unknown, and then {@link UplinkEstimator} infers nothing from saturation.
 */
public record UplinkSample(Instant at, long inOctets, long outOctets, boolean operUp, long highSpeedMbps,
                           Bandwidth offered) {
    public UplinkSample {
        Check.notNull("at", at);
        Check.nonNegative("highSpeedMbps", highSpeedMbps);
    }

    /** A reading without what Pita offered: capacity from status and {@code ifHighSpeed} only. */
    public UplinkSample(Instant at, long inOctets, long outOctets, boolean operUp, long highSpeedMbps) {
        this(at, inOctets, outOctets, operUp, highSpeedMbps, null);
    }

    /** The same reading, with what Pita offered the link (null: unknown). */
    public UplinkSample withOffered(Bandwidth offered) {
        return new UplinkSample(at, inOctets, outOctets, operUp, highSpeedMbps, offered);
    }
}
