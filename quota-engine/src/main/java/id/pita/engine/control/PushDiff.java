package id.pita.engine.control;

import id.pita.core.allocation.Allocation;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.CitizenPlan;
import id.pita.core.district.Site;
import id.pita.core.session.Session;
import id.pita.engine.access.DeviceUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pushes one plan needs: each online session's target against what its gateway has.
 *
 * <p>A rate is pushed when it is a session's first, when it breaks a hard limit (below the guarantee that
 * holds now, above the ceiling or device cap), or when it moved beyond the hysteresis and either the change
 * is not demand-driven ({@link PushContext}: regime, boost, quota, edit) or the session's last push is at
 * least the dwell time old. Then the pool: if the rates the gateways would have after this round (held ones
 * as they are, pushes in flight at their new rate) exceed the pool in a direction, held decreases are sent
 * anyway, largest first, and if that is not enough, increases wait for a later round.
 */
final class PushDiff {
    /**
     * The least rate ever pushed per direction, in bit/s: a zero would read as "unlimited" on MikroTik
     * and as "no limit" in WISPr, the opposite of what a starved plan means.
     */
    static final long MIN_RATE = 8_000;

    private final PlanInput in;
    private final RoundSessions sessions;
    private final Allocation allocation;
    private final double hysteresis;
    private final Duration minDwell;
    private final PushContext round;
    private final Map<String, PushContext> contexts = new HashMap<>();

    /** @param sessions the round's sessions and the allocator's input made from them ({@link RoundSessions}) */
    PushDiff(PlanInput in, RoundSessions sessions, Allocation allocation, double hysteresis, Duration minDwell,
             PushContext round) {
        this.in = in;
        this.sessions = sessions;
        this.allocation = allocation;
        this.hysteresis = hysteresis;
        this.minDwell = minDwell;
        this.round = round;
    }

    /** One session's place in this round. */
    private static final class Candidate {
        final Session session;
        final Site site;
        final Bandwidth current;
        final Bandwidth target;
        final PushReason reason;
        boolean send;

        Candidate(Session session, Site site, Bandwidth current, Bandwidth target, PushReason reason, boolean send) {
            this.session = session;
            this.site = site;
            this.current = current;
            this.target = target;
            this.reason = reason;
            this.send = send;
        }

        /** What the gateway will have after this round. */
        Bandwidth applied() {
            return send ? target : current;
        }

        boolean decrease() {
            return target.down() < current.down() || target.up() < current.up();
        }

        long excess() {
            return Math.max(0, current.down() - target.down()) + Math.max(0, current.up() - target.up());
        }

        long increase() {
            return Math.max(0, target.down() - current.down()) + Math.max(0, target.up() - current.up());
        }
    }

    List<Push> pushes() {
        var disconnects = new ArrayList<Push>();
        var candidates = new ArrayList<Candidate>();
        var sorted = sessions.sorted();
        for (int p = 0; p < sorted.size(); p++) {
            var s = sorted.get(p);
            var site = in.district().site(s.siteCode());
            if (site.isEmpty()) {
                continue;
            }
            var memory = in.memoryOf(s.key());
            if (in.inFlight().contains(s.key())) {
                var applied = Planner.max(s.lastPushed(), memory.inFlight());
                candidates.add(new Candidate(s, site.get(), applied, applied, PushReason.DEMAND, false));
                continue;
            }
            var disconnect = disconnectReason(s, site.get());
            if (disconnect.isPresent()) {
                var push = new Push.Disconnect(s.gatewayId(), s.acctSessionId(), s.username(), disconnect.get());
                disconnects.add(push);
                contexts.put(s.key(), round);
                candidates.add(new Candidate(s, site.get(), s.lastPushed(), s.lastPushed(), push.pushReason(), false));
                continue;
            }
            boolean throttled = throttled(s, site.get());
            var target = target(s, p, site.get(), throttled);
            if (target.isEmpty()) {
                candidates.add(new Candidate(s, site.get(), s.lastPushed(), s.lastPushed(), PushReason.DEMAND, false));
                continue;
            }
            var context = round.throttled(throttled);
            contexts.put(s.key(), context);
            candidates.add(decide(s, site.get(), target.get(), memory, context, throttled));
        }
        keepWithinPool(candidates);
        var decreases = new ArrayList<Push>();
        var increases = new ArrayList<Push>();
        for (var c : candidates) {
            if (!c.send) {
                continue;
            }
            var s = c.session;
            var push = new Push.RateChange(s.gatewayId(), s.acctSessionId(), s.username(), c.target, c.current,
                    c.reason);
            (push.decrease() ? decreases : increases).add(push);
        }
        var all = new ArrayList<Push>(disconnects);
        all.addAll(decreases);
        all.addAll(increases);
        return all;
    }

    /** The context each session's push (if any) was decided under. */
    Map<String, PushContext> contexts() {
        return contexts;
    }

    private Candidate decide(Session s, Site site, Bandwidth target, PushMemory memory, PushContext context,
                             boolean throttled) {
        var current = s.lastPushed();
        var reason = context.reasonSince(memory.context());
        if (current.equals(Bandwidth.ZERO)) {
            return new Candidate(s, site, current, target, reason, true);
        }
        boolean hard = breaksHardLimit(current, target, site, throttled);
        boolean moved = Planner.beyond(current, target, hysteresis);
        boolean dwelling = reason == PushReason.DEMAND && memory.lastAt() != null
                && in.now().isBefore(memory.lastAt().plus(minDwell));
        return new Candidate(s, site, current, target, reason, hard && !current.equals(target) || moved && !dwelling);
    }

    /** Below the guarantee that holds now (as far as the target reaches), or above the ceiling or device cap. */
    private boolean breaksHardLimit(Bandwidth current, Bandwidth target, Site site, boolean throttled) {
        Bandwidth cap;
        if (site.isHotspot()) {
            var plan = in.district().citizenPlan();
            cap = throttled ? plan.throttleRate() : plan.deviceCap();
        } else {
            var guaranteed = site.guarantee().plus(boost(site.code()));
            cap = Planner.max(site.ceiling(), guaranteed);
            if (Planner.guaranteeHolds(site, in.regime().regime())) {
                var floor = guaranteed.min(target);
                if (current.down() < floor.down() || current.up() < floor.up()) {
                    return true;
                }
            }
        }
        return !current.fitsWithin(Planner.max(cap, target));
    }

    private Bandwidth boost(String siteCode) {
        var total = Bandwidth.ZERO;
        for (var b : in.boosts()) {
            if (b.siteCode().equals(siteCode) && b.activeAt(in.now())) {
                total = total.plus(b.extra());
            }
        }
        return total;
    }

    /**
     * Keeps the rates the gateways will have within the pool: an office site counts once (its links share the
     * site's rate), each hotspot session on its own.
     */
    private void keepWithinPool(List<Candidate> candidates) {
        var pool = Planner.effectivePool(in);
        var total = new Applied(candidates);
        if (total.sum().fitsWithin(pool)) {
            return;
        }
        var held = candidates.stream().filter(c -> !c.send && c.decrease() && c.reason != null
                        && !in.inFlight().contains(c.session.key()) && !c.target.equals(c.current))
                .sorted(Comparator.comparingLong(Candidate::excess).reversed()).toList();
        for (var c : held) {
            c.send = true;
            total.changed(c);
            if (total.sum().fitsWithin(pool)) {
                return;
            }
        }
        var raising = candidates.stream().filter(c -> c.send && c.increase() > 0
                        && !c.current.equals(Bandwidth.ZERO))
                .sorted(Comparator.comparingLong(Candidate::increase).reversed()).toList();
        for (var c : raising) {
            c.send = false;
            total.changed(c);
            if (total.sum().fitsWithin(pool)) {
                return;
            }
        }
    }

    /** The sum of applied rates, updated one candidate at a time. */
    private static final class Applied {
        private final Map<String, List<Candidate>> officeSites = new HashMap<>();
        private final Map<String, Bandwidth> officeMax = new HashMap<>();
        private long down;
        private long up;

        Applied(List<Candidate> candidates) {
            for (var c : candidates) {
                if (c.site.isHotspot()) {
                    add(c.applied(), 1);
                } else {
                    officeSites.computeIfAbsent(c.site.code(), k -> new ArrayList<>()).add(c);
                }
            }
            for (var code : officeSites.keySet()) {
                var m = siteMax(code);
                officeMax.put(code, m);
                add(m, 1);
            }
        }

        private Bandwidth siteMax(String code) {
            var m = Bandwidth.ZERO;
            for (var c : officeSites.get(code)) {
                m = Planner.max(m, c.applied());
            }
            return m;
        }

        private void add(Bandwidth b, int sign) {
            down += sign * b.down();
            up += sign * b.up();
        }

        /** {@code c.send} just flipped. */
        void changed(Candidate c) {
            if (c.site.isHotspot()) {
                var before = c.send ? c.current : c.target;
                add(before, -1);
                add(c.applied(), 1);
            } else {
                add(officeMax.get(c.site.code()), -1);
                var m = siteMax(c.site.code());
                officeMax.put(c.site.code(), m);
                add(m, 1);
            }
        }

        Bandwidth sum() {
            return new Bandwidth(down, up);
        }
    }

    private Optional<String> disconnectReason(Session s, Site site) {
        if (!site.isHotspot()) {
            return Optional.empty();
        }
        if (!in.district().policy(in.regime().regime()).hotspotsOpen()) {
            return Optional.of(Push.Disconnect.HOTSPOT_CLOSED);
        }
        var plan = in.district().citizenPlan();
        return !plan.throttles() && spent(s) ? Optional.of(Push.Disconnect.QUOTA_EXHAUSTED) : Optional.empty();
    }

    private boolean spent(Session s) {
        return quotaSpent(in.district().citizenPlan(), in.usageToday().getOrDefault(s.mac(), DeviceUsage.NONE));
    }

    /** A citizen over the daily quota under a plan that throttles rather than disconnects. */
    private boolean throttled(Session s, Site site) {
        return site.isHotspot() && in.district().citizenPlan().throttles() && spent(s);
    }

    static boolean quotaSpent(CitizenPlan plan, DeviceUsage used) {
        return plan.dailyDataBytes() > 0 && used.bytes() >= plan.dailyDataBytes()
                || !plan.dailyTime().isZero() && used.seconds() >= plan.dailyTime().toSeconds();
    }

    /**
     * Office sessions get their site's rate; hotspot sessions their own, within the device cap, or within the
     * throttle rate while their quota is spent under a plan that throttles.
     */
    private Optional<Bandwidth> target(Session s, int p, Site site, boolean throttled) {
        var plan = in.district().citizenPlan();
        var cap = throttled ? plan.throttleRate() : plan.deviceCap();
        int column = sessions.column()[p];
        var planned = site.isHotspot()
                ? Optional.ofNullable(column >= 0 ? allocation.sessionRate(sessions.columns(), column)
                        : allocation.sessions().get(s.key())).map(r -> r.min(cap))
                : Optional.ofNullable(allocation.sites().get(site.code()));
        return planned.map(r -> new Bandwidth(Math.max(MIN_RATE, r.down()), Math.max(MIN_RATE, r.up())));
    }
}
