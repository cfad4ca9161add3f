package id.pita.core.allocation;

import id.pita.core.calendar.Regime;
import id.pita.core.district.ClassShare;
import id.pita.core.district.Direction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One direction of an allocation next to its input, with each site's claim worked out again from §2 (written
 * independently of the main code so that the properties check it rather than repeat it).
 */
final class PlanView {
    record Claim(long floor, long want, long ceiling, long weight) {
    }

    final AllocationInput in;
    final Allocation out;
    final Direction d;
    final long pool;

    PlanView(AllocationInput in, Allocation out, Direction d) {
        this.in = in;
        this.out = out;
        this.d = d;
        this.pool = in.pool().get(d);
    }

    static List<PlanView> both(AllocationInput in) {
        var out = Allocator.allocate(in);
        return List.of(new PlanView(in, out, Direction.DOWN), new PlanView(in, out, Direction.UP));
    }

    boolean open() {
        return in.policy().hotspotsOpen();
    }

    List<SiteDemand> sites(boolean hotspots) {
        return in.sites().stream().filter(s -> s.site().isHotspot() == hotspots).toList();
    }

    long rate(SiteDemand s) {
        return out.sites().get(s.site().code()).get(d);
    }

    long classRate(boolean hotspots) {
        return (hotspots ? out.hotspotClass() : out.officeClass()).get(d);
    }

    ClassShare share(boolean hotspots) {
        return hotspots ? in.policy().hotspot() : in.policy().office();
    }

    long shareOfPool(double fraction) {
        return (long) Math.floor(fraction * pool);
    }

    Claim claim(SiteDemand s) {
        var site = s.site();
        long demand = s.demand().get(d);
        if (site.isHotspot()) {
            long g = site.guarantee().get(d);
            long c = site.ceiling().get(d);
            return new Claim(Math.min(g, demand), Math.min(c, demand), c, site.weight());
        }
        long g = site.guarantee().get(d) + s.boost().get(d);
        long c = Math.max(site.ceiling().get(d), g);
        boolean on = in.policy().regime() == Regime.OFFICE_HOURS || site.alwaysOn();
        return new Claim(on ? Math.min(g, demand) : 0, Math.min(c, demand), c, site.weight());
    }

    long floorSum(boolean hotspots) {
        return sites(hotspots).stream().mapToLong(s -> claim(s).floor()).sum();
    }

    long deviceCap() {
        return in.citizenPlan().deviceCap().get(d);
    }

    /** Sessions at known hotspots, by hotspot code, in input order. */
    Map<String, List<SessionDemand>> sessionsByHotspot() {
        var hotspots = sites(true).stream().map(s -> s.site().code()).collect(Collectors.toSet());
        return in.sessions().stream().filter(s -> hotspots.contains(s.siteCode()))
                .collect(Collectors.groupingBy(SessionDemand::siteCode, LinkedHashMap::new, Collectors.toList()));
    }

    long sessionRate(SessionDemand s) {
        return out.sessions().get(s.sessionKey()).get(d);
    }
}
