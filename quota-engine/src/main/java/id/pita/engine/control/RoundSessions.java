package id.pita.engine.control;

import id.pita.core.allocation.SessionColumns;
import id.pita.core.district.RegimePolicy;
import id.pita.core.session.Session;
import id.pita.engine.access.DeviceUsage;
import java.util.Arrays;
import java.util.List;

/**
 * A round's online sessions in key order ({@link Planner#sorted}, the order {@link PushDiff} decides in) and, built
 * in the same pass, the allocator's input: the sessions at open hotspots as {@link SessionColumns}, each with its
 * estimated demand (the device cap when there is none yet; within the throttle rate while its quota is spent under
 * a plan that throttles). {@code column[p]} is session p's index in the columns, -1 when it is not in them, so that
 * the diff reads each session's planned rate by index instead of looking its key up among 100,000.
 */
record RoundSessions(List<Session> sorted, SessionColumns columns, int[] column) {
    static RoundSessions of(PlanInput in, RegimePolicy policy) {
        var d = in.district();
        var sorted = Planner.sorted(in.sessions());
        var b = SessionColumns.builder(sorted.size());
        int[] column = new int[sorted.size()];
        Arrays.fill(column, -1);
        int n = 0;
        for (int p = 0; p < sorted.size(); p++) {
            var s = sorted.get(p);
            var site = d.site(s.siteCode());
            if (site.isPresent() && site.get().isHotspot() && policy.hotspotsOpen()) {
                var key = s.key(); // once: Session.key() concatenates, and the allocation keeps this one
                var demand = in.sessionDemand().getOrDefault(key, d.citizenPlan().deviceCap());
                if (d.citizenPlan().throttles() && PushDiff.quotaSpent(d.citizenPlan(),
                        in.usageToday().getOrDefault(s.mac(), DeviceUsage.NONE))) {
                    demand = demand.min(d.citizenPlan().throttleRate());
                }
                b.add(key, s.siteCode(), demand);
                column[p] = n++;
            }
        }
        return new RoundSessions(sorted, b.build(), column);
    }
}
