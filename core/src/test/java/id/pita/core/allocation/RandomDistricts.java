package id.pita.core.allocation;

import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.CitizenPlan;
import id.pita.core.district.ClassShare;
import id.pita.core.district.RegimePolicy;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random districts from a seed, for the property tests (small, with every awkward case: zero demand, demand
 * above the ceiling, boosts, always-on offices, over-committed guarantees, closed hotspots, stray sessions) and
 * for the benchmark (large and realistic). Public so that the benchmark package can use it.
 */
public final class RandomDistricts {
    private final Random r;
    private final long pool;
    private final boolean stray;

    private RandomDistricts(long seed, long pool, boolean stray) {
        this.r = new Random(seed);
        this.pool = pool;
        this.stray = stray;
    }

    /** A small district (up to 30 sites, 150 sessions) at a random scale, from 1 kbit/s to 10 Gbit/s. */
    public static AllocationInput small(long seed) {
        var scale = new Random(seed);
        var g = new RandomDistricts(seed, 1_000 + (long) Math.pow(10, 3 + 7 * scale.nextDouble()), true);
        return g.input(g.r.nextInt(31), g.r.nextInt(151), g.r.nextBoolean());
    }

    /**
     * A large district with a 10 Gbit/s pool, a fifth of the sites hotspots and every session at one of them,
     * for the benchmark.
     */
    public static AllocationInput large(int sites, int sessions, long seed) {
        var g = new RandomDistricts(seed, 10_000_000_000L, false);
        return g.input(sites, sessions, true);
    }

    private AllocationInput input(int siteCount, int sessionCount, boolean tinyGuarantees) {
        var sites = new ArrayList<SiteDemand>();
        for (int i = 0; i < siteCount; i++) {
            sites.add(site(i, siteCount, tinyGuarantees));
        }
        var hotspots = sites.stream().filter(s -> s.site().isHotspot()).map(s -> s.site().code()).toList();
        var plan = new CitizenPlan(new Bandwidth(fraction(0.001, 0.2), fraction(0.001, 0.2)), 0, Duration.ZERO,
                Duration.ofHours(2), Duration.ofMinutes(10), Duration.ofMinutes(5), 1);
        var sessions = new ArrayList<SessionDemand>();
        for (int k = 0; k < sessionCount; k++) {
            sessions.add(new SessionDemand("gw" + r.nextInt(100) + ":" + k, sessionSite(hotspots, sites),
                    new Bandwidth(upTo(2 * plan.deviceCap().down()), upTo(2 * plan.deviceCap().up()))));
        }
        return new AllocationInput(new Bandwidth(pool, pool / (1 + r.nextInt(5))), policy(), plan, sites, sessions);
    }

    private SiteDemand site(int i, int n, boolean tinyGuarantees) {
        boolean hotspot = r.nextInt(5) == 0;
        var ceiling = new Bandwidth(fraction(0.01, 1.5), fraction(0.01, 1.5));
        double g = tinyGuarantees ? 1.0 / (4 * n) : 1.0;
        var guarantee = r.nextInt(4) == 0 ? Bandwidth.ZERO
                : new Bandwidth(Math.min(ceiling.down(), upTo((long) (g * pool))),
                        Math.min(ceiling.up(), upTo((long) (g * pool))));
        var code = (char) ('a' + r.nextInt(26)) + "-" + i;
        var site = new Site(code, code, hotspot ? SiteKind.HOTSPOT : SiteKind.OFFICE, "", guarantee, ceiling,
                r.nextBoolean() ? 1 + r.nextInt(5) : 1 + r.nextInt(1000), !hotspot && r.nextInt(5) == 0);
        var boost = !hotspot && r.nextInt(5) == 0 ? new Bandwidth(upTo(pool / 4), upTo(pool / 4)) : Bandwidth.ZERO;
        return new SiteDemand(site, new Bandwidth(demand(ceiling.down()), demand(ceiling.up())), boost);
    }

    private long demand(long ceiling) {
        return switch (r.nextInt(5)) {
            case 0 -> 0;
            case 1 -> ceiling + upTo(ceiling);
            case 2 -> ceiling;
            default -> upTo(ceiling);
        };
    }

    private String sessionSite(List<String> hotspots, List<SiteDemand> sites) {
        int pick = stray ? r.nextInt(20) : 20;
        if (pick == 0 || sites.isEmpty()) {
            return "nowhere";
        }
        if (pick == 1 || hotspots.isEmpty()) {
            return sites.get(r.nextInt(sites.size())).site().code();
        }
        return hotspots.get(r.nextInt(hotspots.size()));
    }

    private RegimePolicy policy() {
        double og = r.nextDouble() * 0.8;
        double hg = r.nextDouble() * (1 - og);
        var office = new ClassShare(og, og + r.nextDouble() * (1 - og), 1 + r.nextInt(10));
        var hotspot = new ClassShare(hg, hg + r.nextDouble() * (1 - hg), 1 + r.nextInt(10));
        var regime = r.nextBoolean() ? Regime.OFFICE_HOURS : Regime.AFTER_HOURS;
        return new RegimePolicy(regime, office, hotspot, r.nextInt(5) != 0);
    }

    private long fraction(double min, double max) {
        return Math.max(1, (long) (pool * (min + r.nextDouble() * (max - min))));
    }

    private long upTo(long max) {
        return max <= 0 ? 0 : (long) (r.nextDouble() * (max + 1));
    }
}
