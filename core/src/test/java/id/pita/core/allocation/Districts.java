package id.pita.core.allocation;

import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.CitizenPlan;
import id.pita.core.district.ClassShare;
import id.pita.core.district.RegimePolicy;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import java.time.Duration;

/** Small builders for hand-checked examples; every rate is symmetric and given in Mbps. */
final class Districts {
    private Districts() {
    }

    static Bandwidth mbps(double m) {
        return Bandwidth.mbps(m, m);
    }

    static Site office(String code, double guarantee, double ceiling, int weight) {
        return new Site(code, code, SiteKind.OFFICE, "", mbps(guarantee), mbps(ceiling), weight, false);
    }

    static Site alwaysOn(String code, double guarantee, double ceiling, int weight) {
        return new Site(code, code, SiteKind.OFFICE, "", mbps(guarantee), mbps(ceiling), weight, true);
    }

    static Site hotspot(String code, double guarantee, double ceiling, int weight) {
        return new Site(code, code, SiteKind.HOTSPOT, "", mbps(guarantee), mbps(ceiling), weight, false);
    }

    static SiteDemand wants(Site site, double demand) {
        return new SiteDemand(site, mbps(demand), Bandwidth.ZERO);
    }

    static SessionDemand session(String key, String site, double demand) {
        return new SessionDemand(key, site, mbps(demand));
    }

    static RegimePolicy policy(Regime regime, ClassShare office, ClassShare hotspot, boolean open) {
        return new RegimePolicy(regime, office, hotspot, open);
    }

    static ClassShare share(double guaranteed, double ceiling, int weight) {
        return new ClassShare(guaranteed, ceiling, weight);
    }

    static CitizenPlan plan(double deviceCapMbps) {
        return new CitizenPlan(mbps(deviceCapMbps), 0, Duration.ZERO, Duration.ofHours(2), Duration.ofMinutes(10),
                Duration.ofMinutes(5), 1);
    }
}
