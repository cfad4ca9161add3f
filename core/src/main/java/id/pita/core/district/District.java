package id.pita.core.district;

import id.pita.core.Check;
import id.pita.core.InvalidValueException;
import id.pita.core.calendar.Regime;
import id.pita.core.calendar.WorkCalendar;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A regency: its zone (WITA {@code Asia/Makassar} for Paser, WIB {@code Asia/Pontianak} for
 * Kotawaringin Timur), pool, sites, gateways, calendar, one policy per regime and the citizen plan.
 * Validates cross-references: unique codes, every gateway on a known site.
 */
public record District(String code, String name, ZoneId zone, Pool pool, List<Site> sites, List<Gateway> gateways,
                       WorkCalendar calendar, Map<Regime, RegimePolicy> policies, CitizenPlan citizenPlan) {
    public District {
        Check.code("code", code);
        Check.notBlank("name", name);
        Check.notNull("zone", zone);
        Check.notNull("pool", pool);
        Check.noNulls("sites", sites);
        Check.noNulls("gateways", gateways);
        Check.notNull("calendar", calendar);
        Check.notNull("policies", policies);
        Check.notNull("citizenPlan", citizenPlan);
        sites = List.copyOf(sites);
        gateways = List.copyOf(gateways);
        policies = Map.copyOf(policies);
        for (var regime : Regime.values()) {
            Check.that(policies.containsKey(regime), "policies", "needs a policy for " + regime);
            Check.that(policies.get(regime).regime() == regime, "policies." + regime, "is keyed under the wrong regime");
        }
        var siteCodes = new HashSet<String>();
        for (int i = 0; i < sites.size(); i++) {
            if (!siteCodes.add(sites.get(i).code())) {
                throw new InvalidValueException("sites[" + i + "].code", "duplicate site code '" + sites.get(i).code() + "'");
            }
        }
        var gatewayIds = new HashSet<String>();
        var addresses = new HashSet<String>();
        for (int i = 0; i < gateways.size(); i++) {
            var g = gateways.get(i);
            Check.that(gatewayIds.add(g.id()), "gateways[" + i + "].id", "duplicate gateway id '" + g.id() + "'");
            Check.that(siteCodes.contains(g.siteCode()), "gateways[" + i + "].siteCode", "unknown site '" + g.siteCode() + "'");
            Check.that(g.vendor() == Vendor.OPENNDS || addresses.add(g.address()), "gateways[" + i + "].address",
                    "two RADIUS gateways share address " + g.address());
        }
    }

    /**
     * The site with this code. A lookup in an index of the sites (codes are unique), not a scan: the control
     * loop asks once or more per session and round, which over 10,000 sites and 100,000 sessions was billions
     * of comparisons a round.
     */
    public Optional<Site> site(String siteCode) {
        return Optional.ofNullable(Index.of(this).sites.get(siteCode));
    }

    /** The gateway with this id (an index lookup, as {@link #site}). */
    public Optional<Gateway> gateway(String id) {
        return Optional.ofNullable(Index.of(this).gateways.get(id));
    }

    public RegimePolicy policy(Regime regime) {
        return policies.get(regime);
    }

    /**
     * Sites by code and gateways by id for one district's lists. A record has no room for a derived field, so the
     * index of the district used last is kept here (one running Pita plans one district, whose lists stay the
     * same objects until it is edited); another district's lookup builds its own. Immutable once built, published
     * through a volatile field: thread-safe.
     */
    private record Index(List<Site> siteList, List<Gateway> gatewayList, Map<String, Site> sites,
                         Map<String, Gateway> gateways) {
        private static volatile Index last;

        static Index of(District d) {
            var i = last;
            if (i == null || i.siteList != d.sites || i.gatewayList != d.gateways) {
                var sites = new HashMap<String, Site>();
                d.sites.forEach(s -> sites.put(s.code(), s));
                var gateways = new HashMap<String, Gateway>();
                d.gateways.forEach(g -> gateways.put(g.id(), g));
                i = new Index(d.sites, d.gateways, Collections.unmodifiableMap(sites),
                        Collections.unmodifiableMap(gateways));
                last = i;
            }
            return i;
        }
    }
}
