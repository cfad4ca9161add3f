package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.allocation.Allocation;
import id.pita.core.allocation.AllocationInput;
import id.pita.core.allocation.GuaranteeTiers;
import id.pita.core.allocation.SiteDemand;
import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Boost;
import id.pita.core.district.Site;
import id.pita.core.session.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One planning round as a pure function: builds the allocator's input from the district, the regime
 * and the measured demand, allocates, and diffs each online session's target against what its
 * gateway last received ({@link PushDiff}: hysteresis, dwell, hard limits, the pool). While hotspots are
 * closed their sessions are left out of the allocation and disconnected; the allocator itself gives closed
 * hotspots nothing and drops the guarantee of offices that are not always-on after hours.
 *
 * <p>While an office's guarantee holds (office hours, or always on), the demand passed to the allocator is
 * at least that guarantee plus its active boosts: a guarantee is a rate the office can use at any moment,
 * not one it gets back a few rounds after its use rose, so it is never lent away. The allocator stays as
 * it is; this is only its input. Thread-safe (stateless).
 */
public final class Planner {
    private final Function<AllocationInput, Allocation> allocator;
    private final double hysteresis;
    private final Duration minDwell;

    /** @param allocator {@code Allocator::allocate} in production */
    public Planner(Function<AllocationInput, Allocation> allocator, double hysteresis, Duration minDwell) {
        this.allocator = Check.notNull("allocator", allocator);
        Check.that(hysteresis >= 0 && hysteresis <= 1, "hysteresis",
                "must be between 0 and 1 (was " + hysteresis + ")");
        this.hysteresis = hysteresis;
        this.minDwell = Check.notNull("minDwell", minDwell);
    }

    /** Without a dwell time. */
    public Planner(Function<AllocationInput, Allocation> allocator, double hysteresis) {
        this(allocator, hysteresis, Duration.ZERO);
    }

    public PlanDecision plan(PlanInput in) {
        var d = in.district();
        var policy = d.policy(in.regime().regime());
        var sites = siteDemands(in);
        var round = RoundSessions.of(in, policy);
        var wanted = new AllocationInput(d.pool().capacity(), policy, d.citizenPlan(), sites, round.columns());
        var mode = mode(in);
        var fitted = mode == UplinkMode.CONTRACTED ? wanted
                : GuaranteeTiers.fit(wanted, effectivePool(in), d.pool().tiers(), mode == UplinkMode.BACKUP).input();
        var allocation = allocator.apply(fitted);
        var diff = new PushDiff(in, round, allocation, hysteresis, minDwell, context(in));
        return new PlanDecision(allocation, diff.pushes(), diff.contexts());
    }

    private static List<SiteDemand> siteDemands(PlanInput in) {
        var sites = new ArrayList<SiteDemand>();
        for (var site : in.district().sites()) {
            var boost = boost(in, site.code());
            var demand = in.siteDemand().getOrDefault(site.code(), site.ceiling());
            if (guaranteeHolds(site, in.regime().regime())) {
                demand = max(demand, site.guarantee().plus(boost));
            }
            sites.add(new SiteDemand(site, demand, boost));
        }
        return sites;
    }

    /** How this round's pool is chosen: as contracted, as measured on the main link, or the backup link. */
    enum UplinkMode { CONTRACTED, MEASURED, BACKUP }

    static UplinkMode mode(PlanInput in) {
        var u = in.uplink();
        if (!u.measured()) {
            return UplinkMode.CONTRACTED;
        }
        if (u.mainUp()) {
            return UplinkMode.MEASURED;
        }
        // With no backup link (or one measured down too) there is nothing to plan on; the gateways keep their rates
        // until a link returns.
        return in.district().pool().hasBackup() && !u.backupDown() ? UplinkMode.BACKUP : UplinkMode.CONTRACTED;
    }

    /**
     * The pool this round plans on: min(contracted, measured) while the main link is up, the backup link while it is
     * down (min(configured, measured) when the backup is measured too), the contracted pool when nothing is measured
     * (or the link is down without a working backup).
     */
    static Bandwidth effectivePool(PlanInput in) {
        var pool = in.district().pool();
        return switch (mode(in)) {
            case CONTRACTED -> pool.capacity();
            case MEASURED -> pool.capacity().min(in.uplink().effective());
            case BACKUP -> in.uplink().backup() == null ? pool.backup() : pool.backup().min(in.uplink().backup());
        };
    }

    /** An office's own guarantee applies in office hours, and all day for an always-on one. */
    static boolean guaranteeHolds(Site site, Regime regime) {
        return !site.isHotspot() && (regime == Regime.OFFICE_HOURS || site.alwaysOn());
    }

    /** The context every session's push is decided under this round (the quota part is per session). */
    static PushContext context(PlanInput in) {
        var active = new HashSet<Long>();
        for (Boost b : in.boosts()) {
            if (b.activeAt(in.now())) {
                active.add(b.id());
            }
        }
        var d = in.district();
        return new PushContext(in.regime().regime(), active,
                Objects.hash(d.pool(), d.sites(), d.policies(), d.citizenPlan(), tierState(in)), false);
    }

    /**
     * The uplink part of the push context: the mode and whether the tiers had to cut, so that a change of tier
     * (full, short, on the backup) goes out at once and only once; within one tier state, changes of the measured
     * capacity go through the usual hysteresis and dwell.
     */
    static String tierState(PlanInput in) {
        var mode = mode(in);
        if (mode != UplinkMode.MEASURED) {
            return mode.name();
        }
        var d = in.district();
        var wanted = new AllocationInput(d.pool().capacity(), d.policy(in.regime().regime()), d.citizenPlan(),
                siteDemands(in), List.of());
        return GuaranteeTiers.fit(wanted, effectivePool(in), d.pool().tiers(), false).isShort() ? "SHORT" : "FULL";
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

    static Bandwidth max(Bandwidth a, Bandwidth b) {
        return new Bandwidth(Math.max(a.down(), b.down()), Math.max(a.up(), b.up()));
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
