package id.pita.engine.control;

import id.pita.core.district.Bandwidth;
import id.pita.engine.access.LiveState;
import java.util.Optional;

/**
 * The latest plan in memory: the control loop publishes into it, the access policy and the console
 * read from it. Thread-safe: one volatile reference to an immutable snapshot.
 */
public final class LivePlan implements LiveState, PlanSink {
    private volatile PlanSnapshot latest;

    @Override
    public void publish(PlanSnapshot snapshot) {
        latest = snapshot;
    }

    /** The latest snapshot; empty before the first round. */
    public Optional<PlanSnapshot> latest() {
        return Optional.ofNullable(latest);
    }

    @Override
    public Optional<Bandwidth> siteRate(String siteCode) {
        return latest().map(s -> s.allocation().sites().get(siteCode));
    }

    @Override
    public Optional<Bandwidth> sessionRate(String sessionKey) {
        return latest().map(s -> s.allocation().sessions().get(sessionKey));
    }

    @Override
    public int onlineSessions(String siteCode) {
        return latest().map(s -> s.onlineBySite().getOrDefault(siteCode, 0)).orElse(0);
    }
}
