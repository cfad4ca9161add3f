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

    /** Both directions; the sites' claims are read in one pass for both ({@link SiteClaims#of}). */
    static DirectionPlan[] plan(AllocationInput input, Prepared p, List<String> warnings) {
        var regime = input.policy().regime();
        var offices = SiteClaims.of(p.offices(), regime);
        var hotspots = input.policy().hotspotsOpen() ? SiteClaims.of(p.hotspots(), regime)
                : new SiteClaims[] {SiteClaims.closed(p.hotspots().size()), SiteClaims.closed(p.hotspots().size())};
        var down = plan(Direction.DOWN, input, offices[0], hotspots[0], warnings);
        var up = plan(Direction.UP, input, offices[1], hotspots[1], warnings);
        return new DirectionPlan[] {down, up};
    }

    private static DirectionPlan plan(Direction d, AllocationInput input, SiteClaims offices, SiteClaims hotspots,
                                      List<String> warnings) {
        var policy = input.policy();
        long pool = input.pool().get(d);
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
