package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.allocation.Allocation;
import id.pita.core.allocation.AllocationInput;
import id.pita.core.allocation.SessionDemand;
import id.pita.core.allocation.SiteDemand;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Boost;
import id.pita.core.session.Session;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One planning round as a pure function: builds the allocator's input from the district, the regime
 * and the measured demand, allocates, and diffs each online session's target against what its
 * gateway last received. While hotspots are closed their sessions are left out of the allocation and
 * disconnected; the allocator itself gives closed hotspots nothing and drops the guarantee of offices
 * that are not always-on after hours. Thread-safe (stateless).
 */
public final class Planner {
    private final Function<AllocationInput, Allocation> allocator;
    private final double hysteresis;

    /** @param allocator {@code Allocator::allocate} in production */
    public Planner(Function<AllocationInput, Allocation> allocator, double hysteresis) {
        this.allocator = Check.notNull("allocator", allocator);
        Check.that(hysteresis >= 0 && hysteresis <= 1, "hysteresis",
                "must be between 0 and 1 (was " + hysteresis + ")");
        this.hysteresis = hysteresis;
    }

    public PlanDecision plan(PlanInput in) {
        var d = in.district();
        var policy = d.policy(in.regime().regime());
        var sites = new ArrayList<SiteDemand>();
        for (var site : d.sites()) {
            sites.add(new SiteDemand(site, in.siteDemand().getOrDefault(site.code(), site.ceiling()),
                    boost(in, site.code())));
        }
        var sessions = new ArrayList<SessionDemand>();
        for (var s : in.sessions()) {
            var site = d.site(s.siteCode());
            if (site.isPresent() && site.get().isHotspot() && policy.hotspotsOpen()) {
                sessions.add(new SessionDemand(s.key(), s.siteCode(),
                        in.sessionDemand().getOrDefault(s.key(), d.citizenPlan().deviceCap())));
            }
        }
        var allocation = allocator.apply(new AllocationInput(d.pool().capacity(), policy, d.citizenPlan(), sites,
                sessions));
        return new PlanDecision(allocation, new PushDiff(in, allocation, hysteresis).pushes());
    }

    private static Bandwidth boost(PlanInput in, String siteCode) {
        var total = Bandwidth.ZERO;
        for (Boost b : in.boosts()) {
            if (b.siteCode().equals(siteCode) && b.activeAt(in.now())) {
                total = total.plus(b.extra());
            }
        }
        return total;
    }

    /** True when {@code target} differs from {@code last} by more than the hysteresis in either direction. */
    static boolean beyond(Bandwidth last, Bandwidth target, double hysteresis) {
        if (last.equals(Bandwidth.ZERO)) {
            return true;
        }
        return Math.abs(target.down() - last.down()) > hysteresis * last.down()
                || Math.abs(target.up() - last.up()) > hysteresis * last.up();
    }

    static Comparator<Session> byKey() {
        return Comparator.comparing(Session::key);
    }

    static List<Session> sorted(List<Session> sessions) {
        var copy = new ArrayList<>(sessions);
        copy.sort(byKey());
        return copy;
    }
}
