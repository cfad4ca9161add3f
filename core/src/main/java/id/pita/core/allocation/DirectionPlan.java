package id.pita.core.allocation;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.ClassShare;
import id.pita.core.district.Direction;
import java.util.List;
import java.util.Locale;

/**
 * The plan for one direction down to the sites: pool -> {office class, hotspot class} -> sites, each level by
 * {@link TwoPhase}. Rates are index-aligned with {@link Prepared}'s lists; {@link SessionShares} goes on to the
 * sessions, both directions at once.
 */
record DirectionPlan(long officeClass, long hotspotClass, long[] officeRates, long[] hotspotRates) {
    static final int OFFICE = 0;
    static final int HOTSPOT = 1;

    static DirectionPlan plan(Direction d, AllocationInput input, Prepared p, List<String> warnings) {
        var policy = input.policy();
        boolean open = policy.hotspotsOpen();
        long pool = input.pool().get(d);
        var offices = SiteClaims.of(p.offices(), d, policy.regime());
        var hotspots = open ? SiteClaims.of(p.hotspots(), d, policy.regime()) : SiteClaims.closed(p.hotspots().size());
        var classes = new SiteClaims(new long[2], new long[2], new long[2], new long[2]);
        classClaim(classes, OFFICE, policy.office(), pool, offices);
        classClaim(classes, HOTSPOT, policy.hotspot(), pool, hotspots);
        var level1 = share(pool, classes, d, "pool -> office and hotspot classes", warnings);
        long officeClass = level1.rates()[OFFICE];
        long hotspotClass = level1.rates()[HOTSPOT];
        var officeRates = share(officeClass, offices, d, "office class -> offices", warnings).rates();
        var hotspotRates = share(hotspotClass, hotspots, d, "hotspot class -> hotspots", warnings).rates();
        return new DirectionPlan(officeClass, hotspotClass, officeRates, hotspotRates);
    }

    /**
     * A class's floor covers both its share of the pool and its sites' floors, and its cap is raised to that
     * floor (site guarantees outrank a class ceiling); in phase 2 it may borrow up to its ceiling but never
     * more than its sites can take.
     */
    private static void classClaim(SiteClaims classes, int c, ClassShare share, long pool, SiteClaims sites) {
        long guaranteed = Math.max(fraction(share.guaranteed(), pool), sites.floorSum());
        long cap = Math.max(fraction(share.ceiling(), pool), guaranteed);
        long demand = sites.wantSum();
        classes.floors()[c] = Math.min(guaranteed, demand);
        classes.wants()[c] = Math.min(cap, demand);
        classes.ceilings()[c] = Math.min(cap, sites.ceilingSum());
        classes.weights()[c] = share.weight();
    }

    private static WaterFillResult share(long capacity, SiteClaims c, Direction d, String level,
                                         List<String> warnings) {
        var r = TwoPhase.share(capacity, c.floors(), c.wants(), c.ceilings(), c.weights());
        if (r.overCommitted()) {
            warnings.add(String.format(Locale.ROOT,
                    "%s: %s over-committed: guarantees of %s exceed the %s available; each scaled to %.1f%%",
                    d.name().toLowerCase(Locale.ROOT), level, Bandwidth.format(r.floorSum()),
                    Bandwidth.format(capacity), 100.0 * capacity / r.floorSum()));
        }
        return r;
    }

    /** {@code floor(f * pool)}: rounding down keeps the two classes' shares within the pool. */
    private static long fraction(double f, long pool) {
        return (long) Math.floor(f * pool);
    }
}
