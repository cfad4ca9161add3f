package id.pita.core.district;

import id.pita.core.Check;
import java.util.EnumSet;
import java.util.List;

/**
 * The district's paid uplink: its capacity per direction and what it costs a month, in rupiah,
 * for the cost-per-GB report; the backup link (4G or VSAT) used while the main link is down
 * ({@link Bandwidth#ZERO} when there is none); and the order in which guarantee tiers keep their
 * guarantees when the effective pool is short (every tier exactly once).
 */
public record Pool(Bandwidth capacity, long monthlyCostIdr, Bandwidth backup, List<GuaranteeTier> tiers) {
    public static final List<GuaranteeTier> DEFAULT_TIERS =
            List.of(GuaranteeTier.ALWAYS_ON, GuaranteeTier.OFFICE, GuaranteeTier.HOTSPOT);

    public Pool {
        Check.notNull("capacity", capacity);
        Check.positive("capacity.down", capacity.down());
        Check.positive("capacity.up", capacity.up());
        Check.nonNegative("monthlyCostIdr", monthlyCostIdr);
        backup = backup == null ? Bandwidth.ZERO : backup;
        Check.that(backup.fitsWithin(capacity), "backup", "must not exceed the main link's capacity ("
                + backup + " > " + capacity + ")");
        tiers = tiers == null ? DEFAULT_TIERS : List.copyOf(tiers);
        Check.that(tiers.size() == GuaranteeTier.values().length && EnumSet.copyOf(tiers).size() == tiers.size(),
                "tiers", "must list alwaysOn, office and hotspot once each (was " + tiers + ")");
    }

    /** A pool without a backup link and the default tier order. */
    public Pool(Bandwidth capacity, long monthlyCostIdr) {
        this(capacity, monthlyCostIdr, Bandwidth.ZERO, DEFAULT_TIERS);
    }

    public boolean hasBackup() {
        return !backup.equals(Bandwidth.ZERO);
    }
}
