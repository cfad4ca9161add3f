package id.pita.core.allocation;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Site;

/**
 * One active site as the allocator sees it.
 *
 * @param demand estimated demand (EWMA of measured use); the site's ceiling when there is no data yet
 * @param boost  extra guarantee from approved, active boosts ({@link Bandwidth#ZERO} when none)
 */
public record SiteDemand(Site site, Bandwidth demand, Bandwidth boost) {
    public SiteDemand {
        Check.notNull("site", site);
        Check.notNull("demand", demand);
        Check.notNull("boost", boost);
    }

    public static SiteDemand unknown(Site site) {
        return new SiteDemand(site, site.ceiling(), Bandwidth.ZERO);
    }
}
