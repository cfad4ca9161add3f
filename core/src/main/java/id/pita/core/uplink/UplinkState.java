package id.pita.core.uplink;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;

/**
 * What the planner is told about the uplinks: whether the main one is up and its usable capacity now (from
 * {@link UplinkEstimator}), and, when the backup link is measured too, the backup's usable capacity ({@code backup};
 * 0 while it is down; null: not measured, {@code pool.backup} as configured). {@link #NOMINAL} means nothing is
 * measured: plan on the contracted pool.
 */
public record UplinkState(boolean mainUp, Bandwidth effective, Bandwidth backup) {
    /** Not measured: the contracted pool applies. */
    public static final UplinkState NOMINAL = new UplinkState(true, null);

    public UplinkState {
        Check.that(mainUp || effective != null, "effective", "a down link needs no capacity, but not null");
    }

    /** The main link only; the backup, if any, as configured. */
    public UplinkState(boolean mainUp, Bandwidth effective) {
        this(mainUp, effective, null);
    }

    public static UplinkState of(UplinkEstimate e) {
        return new UplinkState(e.up(), e.effective());
    }

    public static UplinkState down() {
        return new UplinkState(false, Bandwidth.ZERO);
    }

    /** The same, with the backup link measured at {@code capacity} (0: down). */
    public UplinkState withBackup(Bandwidth capacity) {
        return new UplinkState(mainUp, effective, Check.notNull("capacity", capacity));
    }

    public boolean measured() {
        return effective != null;
    }

    /** The backup link is measured and down. */
    public boolean backupDown() {
        return backup != null && backup.equals(Bandwidth.ZERO);
    }
}
