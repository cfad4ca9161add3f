package id.pita.engine.control;

import id.pita.core.allocation.Allocation;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.CitizenPlan;
import id.pita.core.district.Site;
import id.pita.core.session.Session;
import id.pita.engine.access.DeviceUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The pushes one plan needs: each online session's target against what its gateway has. */
final class PushDiff {
    /**
     * The least rate ever pushed per direction, in bit/s: a zero would read as "unlimited" on MikroTik
     * and as "no limit" in WISPr, the opposite of what a starved plan means.
     */
    static final long MIN_RATE = 8_000;

    private final PlanInput in;
    private final Allocation allocation;
    private final double hysteresis;

    PushDiff(PlanInput in, Allocation allocation, double hysteresis) {
        this.in = in;
        this.allocation = allocation;
        this.hysteresis = hysteresis;
    }

    List<Push> pushes() {
        var disconnects = new ArrayList<Push>();
        var decreases = new ArrayList<Push>();
        var increases = new ArrayList<Push>();
        for (var s : Planner.sorted(in.sessions())) {
            var site = in.district().site(s.siteCode());
            if (site.isEmpty() || in.inFlight().contains(s.key())) {
                continue;
            }
            var disconnect = disconnectReason(s, site.get());
            if (disconnect.isPresent()) {
                disconnects.add(new Push.Disconnect(s.gatewayId(), s.acctSessionId(), s.username(), disconnect.get()));
                continue;
            }
            target(s, site.get())
                    .filter(t -> Planner.beyond(s.lastPushed(), t, hysteresis))
                    .map(t -> new Push.RateChange(s.gatewayId(), s.acctSessionId(), s.username(), t, s.lastPushed()))
                    .ifPresent(p -> (p.decrease() ? decreases : increases).add(p));
        }
        var all = new ArrayList<Push>(disconnects);
        all.addAll(decreases);
        all.addAll(increases);
        return all;
    }

    private Optional<String> disconnectReason(Session s, Site site) {
        if (!site.isHotspot()) {
            return Optional.empty();
        }
        if (!in.district().policy(in.regime().regime()).hotspotsOpen()) {
            return Optional.of(Push.Disconnect.HOTSPOT_CLOSED);
        }
        var used = in.usageToday().getOrDefault(s.mac(), DeviceUsage.NONE);
        return quotaSpent(in.district().citizenPlan(), used) ? Optional.of(Push.Disconnect.QUOTA_EXHAUSTED)
                : Optional.empty();
    }

    static boolean quotaSpent(CitizenPlan plan, DeviceUsage used) {
        return plan.dailyDataBytes() > 0 && used.bytes() >= plan.dailyDataBytes()
                || !plan.dailyTime().isZero() && used.seconds() >= plan.dailyTime().toSeconds();
    }

    /** Office sessions get their site's rate; hotspot sessions their own, within the device cap. */
    private Optional<Bandwidth> target(Session s, Site site) {
        var cap = in.district().citizenPlan().deviceCap();
        var planned = site.isHotspot()
                ? Optional.ofNullable(allocation.sessions().get(s.key())).map(r -> r.min(cap))
                : Optional.ofNullable(allocation.sites().get(site.code()));
        return planned.map(r -> new Bandwidth(Math.max(MIN_RATE, r.down()), Math.max(MIN_RATE, r.up())));
    }
}
