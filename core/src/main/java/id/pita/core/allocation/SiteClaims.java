package id.pita.core.allocation;

import id.pita.core.calendar.Regime;
import id.pita.core.district.Direction;
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
    static SiteClaims of(List<SiteDemand> sites, Direction d, Regime regime) {
        int n = sites.size();
        var c = new SiteClaims(new long[n], new long[n], new long[n], new long[n]);
        for (int i = 0; i < n; i++) {
            var s = sites.get(i);
            var site = s.site();
            long guarantee = site.guarantee().get(d);
            long ceiling = site.ceiling().get(d);
            long floor = guarantee;
            if (!site.isHotspot()) {
                guarantee = Math.addExact(guarantee, s.boost().get(d));
                ceiling = Math.max(ceiling, guarantee);
                floor = regime == Regime.OFFICE_HOURS || site.alwaysOn() ? guarantee : 0;
            }
            long demand = s.demand().get(d);
            c.floors[i] = Math.min(floor, demand);
            c.wants[i] = Math.min(ceiling, demand);
            c.ceilings[i] = ceiling;
            c.weights[i] = site.weight();
        }
        return c;
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
