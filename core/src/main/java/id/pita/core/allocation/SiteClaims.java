package id.pita.core.allocation;

import id.pita.core.calendar.Regime;
import java.util.List;

/**
 * The claims of one class's sites in one direction, index-aligned with the sites.
 *
 * <p>An office's guarantee is its own plus any active boost, and it holds only in office hours unless the
 * office is always on; after hours a normal office has no floor but may still borrow up to its ceiling. The
 * ceiling is raised to at least the boosted guarantee. A hotspot's floor is its guarantee (boosts are for
 * offices). Floors and wants are limited by demand: {@code floor = min(guarantee, demand)},
 * {@code want = min(ceiling, demand)}.
 */
record SiteClaims(long[] floors, long[] wants, long[] ceilings, long[] weights) {
    /**
     * The claims down and up ({@code [down, up]}), in one pass over the sites: each site record (and its site,
     * guarantee, ceiling, demand and boost) is read once for both directions instead of once for each.
     */
    static SiteClaims[] of(List<SiteDemand> sites, Regime regime) {
        int n = sites.size();
        var down = new SiteClaims(new long[n], new long[n], new long[n], new long[n]);
        var up = new SiteClaims(new long[n], new long[n], new long[n], new long[n]);
        for (int i = 0; i < n; i++) {
            var s = sites.get(i);
            var site = s.site();
            boolean office = !site.isHotspot();
            boolean holds = regime == Regime.OFFICE_HOURS || site.alwaysOn();
            down.claim(i, office, holds, site.guarantee().down(), site.ceiling().down(), s.boost().down(),
                    s.demand().down(), site.weight());
            up.claim(i, office, holds, site.guarantee().up(), site.ceiling().up(), s.boost().up(), s.demand().up(),
                    site.weight());
        }
        return new SiteClaims[] {down, up};
    }

    private void claim(int i, boolean office, boolean holds, long guarantee, long ceiling, long boost, long demand,
                       int weight) {
        long floor = guarantee;
        if (office) {
            guarantee = Math.addExact(guarantee, boost);
            ceiling = Math.max(ceiling, guarantee);
            floor = holds ? guarantee : 0;
        }
        floors[i] = Math.min(floor, demand);
        wants[i] = Math.min(ceiling, demand);
        ceilings[i] = ceiling;
        weights[i] = weight;
    }

    /** Claims that take nothing: the sites of a class that is closed. */
    static SiteClaims closed(int n) {
        return new SiteClaims(new long[n], new long[n], new long[n], ones(n));
    }

    static long[] ones(int n) {
        long[] w = new long[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    long floorSum() {
        return Exact.sum(floors);
    }

    long wantSum() {
        return Exact.sum(wants);
    }

    long ceilingSum() {
        return Exact.sum(ceilings);
    }
}
