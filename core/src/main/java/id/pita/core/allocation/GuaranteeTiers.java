package id.pita.core.allocation;

import id.pita.core.Check;
import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.ClassShare;
import id.pita.core.district.Direction;
import id.pita.core.district.GuaranteeTier;
import id.pita.core.district.RegimePolicy;
import id.pita.core.district.Site;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * The pure step before {@link Allocator} that fits the guarantees to the effective pool (the uplink as measured,
 * or the backup link). Per direction, a site's guarantee is what the allocator would hold for it
 * ({@code min(guarantee + boost, demand)}, offices only in office hours unless always on, hotspots only while
 * open). If those guarantees and the policy's class shares fit the effective pool, the input is unchanged but for
 * the pool. Otherwise the tiers keep their guarantees in the stated order (default: always-on, office, hotspot):
 * each tier that fits in full keeps it, the first that does not fit is scaled down evenly to what is left, and
 * every lower tier gets no guarantee (it may still borrow spare capacity); the class shares then guarantee
 * nothing, so the class floors are the sites' fitted guarantees. With {@code alwaysOnOnly} (the backup link) only
 * the always-on tier keeps a guarantee. An office whose boost raised its ceiling keeps at least its own ceiling.
 */
public final class GuaranteeTiers {
    private GuaranteeTiers() {
    }

    /** The fitted input and, per direction, whether the tiers had to cut (for the dashboard and an alert). */
    public record Fitted(AllocationInput input, boolean shortDown, boolean shortUp) {
        public boolean isShort() {
            return shortDown || shortUp;
        }
    }

    public static Fitted fit(AllocationInput in, Bandwidth effectivePool, List<GuaranteeTier> order,
                             boolean alwaysOnOnly) {
        Check.notNull("effectivePool", effectivePool);
        Check.noNulls("order", order);
        int n = in.sites().size();
        long[][] floors = {new long[n], new long[n]};
        boolean[] cut = new boolean[2];
        for (var d : Direction.values()) {
            int k = d.ordinal();
            long pool = effectivePool.get(d);
            long[] classFloor = new long[2];
            long[] classWant = new long[2];
            var tierSum = new EnumMap<GuaranteeTier, Long>(GuaranteeTier.class);
            for (int i = 0; i < n; i++) {
                var s = in.sites().get(i);
                floors[k][i] = floor(s, d, in.policy());
                int c = s.site().isHotspot() ? 1 : 0;
                classFloor[c] = Math.addExact(classFloor[c], floors[k][i]);
                classWant[c] = Math.addExact(classWant[c], want(s, d, in.policy()));
                tierSum.merge(GuaranteeTier.of(s.site()), floors[k][i], Math::addExact);
            }
            long need = Math.addExact(classNeed(in.policy().office(), pool, classFloor[0], classWant[0]),
                    in.policy().hotspotsOpen() ? classNeed(in.policy().hotspot(), pool, classFloor[1], classWant[1]) : 0);
            if (need <= pool && !alwaysOnOnly) {
                continue;
            }
            cut[k] = true;
            // Per tier, its guarantees are multiplied by kept[0] / kept[1]: 1/1 in full, left/sum scaled, 0/1 none.
            var kept = new EnumMap<GuaranteeTier, long[]>(GuaranteeTier.class);
            long left = pool;
            for (var t : order) {
                long sum = tierSum.getOrDefault(t, 0L);
                if (alwaysOnOnly && t != GuaranteeTier.ALWAYS_ON) {
                    kept.put(t, new long[] {0, 1});
                } else if (sum <= left) {
                    kept.put(t, new long[] {1, 1});
                    left -= sum;
                } else {
                    kept.put(t, new long[] {left, sum});
                    left = 0;
                }
            }
            for (int i = 0; i < n; i++) {
                long[] f = kept.getOrDefault(GuaranteeTier.of(in.sites().get(i).site()), new long[] {0, 1});
                // Rounding down keeps each scaled tier within what was left for it.
                floors[k][i] = Exact.mulDiv(floors[k][i], f[0], f[1]);
            }
        }
        if (!cut[0] && !cut[1]) {
            return new Fitted(withPool(in, effectivePool, in.policy(), in.sites()), false, false);
        }
        var sites = new ArrayList<SiteDemand>(n);
        for (int i = 0; i < n; i++) {
            sites.add(refit(in.sites().get(i), i, floors, cut));
        }
        var p = in.policy();
        var policy = new RegimePolicy(p.regime(), noGuarantee(p.office()), noGuarantee(p.hotspot()), p.hotspotsOpen());
        return new Fitted(withPool(in, effectivePool, policy, sites), cut[0], cut[1]);
    }

    /** The default order, main link up. */
    public static Fitted fit(AllocationInput in, Bandwidth effectivePool) {
        return fit(in, effectivePool, id.pita.core.district.Pool.DEFAULT_TIERS, false);
    }

    /** What {@link SiteClaims} holds as this site's floor (the guarantee it will be given if the pool allows). */
    static long floor(SiteDemand s, Direction d, RegimePolicy policy) {
        var site = s.site();
        long demand = s.demand().get(d);
        if (site.isHotspot()) {
            return policy.hotspotsOpen() ? Math.min(site.guarantee().get(d), demand) : 0;
        }
        boolean on = policy.regime() == Regime.OFFICE_HOURS || site.alwaysOn();
        return on ? Math.min(Math.addExact(site.guarantee().get(d), s.boost().get(d)), demand) : 0;
    }

    private static long want(SiteDemand s, Direction d, RegimePolicy policy) {
        var site = s.site();
        if (site.isHotspot() && !policy.hotspotsOpen()) {
            return 0;
        }
        long ceiling = site.ceiling().get(d);
        if (!site.isHotspot()) {
            ceiling = Math.max(ceiling, Math.addExact(site.guarantee().get(d), s.boost().get(d)));
        }
        return Math.min(ceiling, s.demand().get(d));
    }

    /** The class floor {@link DirectionPlan} will hold: its share or its sites' floors, at most what it wants. */
    private static long classNeed(ClassShare share, long pool, long siteFloors, long wants) {
        return Math.min(Math.max((long) Math.floor(share.guaranteed() * pool), siteFloors), wants);
    }

    private static SiteDemand refit(SiteDemand s, int i, long[][] floors, boolean[] cut) {
        var site = s.site();
        long[] g = new long[2];
        long[] b = new long[2];
        for (var d : Direction.values()) {
            int k = d.ordinal();
            if (!cut[k]) {
                g[k] = site.guarantee().get(d);
                b[k] = s.boost().get(d);
            } else if (site.isHotspot()) {
                g[k] = floors[k][i];
                b[k] = s.boost().get(d);
            } else {
                g[k] = Math.min(floors[k][i], site.ceiling().get(d));
                b[k] = floors[k][i] - g[k];
            }
        }
        var fitted = new Site(site.code(), site.name(), site.kind(), site.area(), new Bandwidth(g[0], g[1]),
                site.ceiling(), site.weight(), site.alwaysOn(), site.password());
        return new SiteDemand(fitted, s.demand(), new Bandwidth(b[0], b[1]));
    }

    private static ClassShare noGuarantee(ClassShare c) {
        return new ClassShare(0, c.ceiling(), c.weight());
    }

    private static AllocationInput withPool(AllocationInput in, Bandwidth pool, RegimePolicy policy,
                                            List<SiteDemand> sites) {
        return new AllocationInput(pool, policy, in.citizenPlan(), sites, in.sessions());
    }
}
