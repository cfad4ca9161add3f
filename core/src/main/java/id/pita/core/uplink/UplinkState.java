package id.pita.core.uplink;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;

/**
 * What the planner is told about the main uplink: whether it is up and its usable capacity now (from
 * {@link UplinkEstimator}). {@link #NOMINAL} means nothing is measured: plan on the contracted pool.
 */
public record UplinkState(boolean mainUp, Bandwidth effective) {
    /** Not measured: the contracted pool applies. */
    public static final UplinkState NOMINAL = new UplinkState(true, null);

    public UplinkState {
        Check.that(mainUp || effective != null, "effective", "a down link needs no capacity, but not null");
    }

    public static UplinkState of(UplinkEstimate e) {
        return new UplinkState(e.up(), e.effective());
    }

    public static UplinkState down() {
        return new UplinkState(false, Bandwidth.ZERO);
    }

    public boolean measured() {
        return effective != null;
    }
}
