package id.pita.core.district;

import id.pita.core.Check;
import id.pita.core.InvalidValueException;
import id.pita.core.calendar.Regime;
import id.pita.core.calendar.WorkCalendar;
import java.time.ZoneId;
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
        sites = KeyedList.of(sites, Site::code);
        gateways = KeyedList.of(gateways, Gateway::id);
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

    /** By code, in constant time (every live session's site is looked up each control round). */
    public Optional<Site> site(String siteCode) {
        // always a KeyedList (the constructor makes it one); the pattern spares an unchecked cast
        return sites instanceof KeyedList<Site> keyed ? keyed.find(siteCode)
                : sites.stream().filter(s -> s.code().equals(siteCode)).findFirst();
    }

    /** By id, in constant time (each push looks up its gateway). */
    public Optional<Gateway> gateway(String id) {
        return gateways instanceof KeyedList<Gateway> keyed ? keyed.find(id)
                : gateways.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public RegimePolicy policy(Regime regime) {
        return policies.get(regime);
    }
}
