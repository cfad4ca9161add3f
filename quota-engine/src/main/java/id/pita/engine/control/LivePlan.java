package id.pita.engine.control;

import id.pita.core.district.Bandwidth;
import id.pita.engine.access.LiveState;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The latest plan in memory: the control loop publishes into it, the access policy and the console
 * read from it; a watcher may also be told of every plan as it is published. Thread-safe: one volatile
 * reference to an immutable snapshot.
 */
public final class LivePlan implements LiveState, PlanSink {
    private volatile PlanSnapshot latest;
    private final List<Consumer<PlanSnapshot>> watchers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(PlanSnapshot snapshot) {
        latest = snapshot;
        for (var w : watchers) {
            w.accept(snapshot);
        }
    }

    /**
     * Tells {@code watcher} of every plan published from now on, on the control loop's thread: it must return
     * at once (hand the snapshot to a queue) and not throw.
     */
    public void watch(Consumer<PlanSnapshot> watcher) {
        watchers.add(java.util.Objects.requireNonNull(watcher, "watcher"));
    }

    /** The latest snapshot; empty before the first round. */
    public Optional<PlanSnapshot> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * What the latest plan offers the main uplink ({@link PlanSnapshot#offered}), for
     * {@link id.pita.engine.uplink.UplinkMonitor#offeredBy}: null (nothing inferred) before the first plan and while
     * the plan is on the backup link, whose traffic the main link does not carry.
     */
    public Bandwidth offeredToMainLink() {
        var s = latest;
        return s == null || s.tier().equals("BACKUP") ? null : s.offered();
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
