package id.pita.engine.accounting;

import id.pita.core.Check;
import id.pita.core.store.Store;
import id.pita.engine.metrics.EngineMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes sessions whose gateway went quiet: no accounting for {@value #SILENT_INTERVALS} interim
 * intervals [RFC 2869 §5.16: the gateway sends an Interim-Update every interval]. Such a session would
 * otherwise stay "online" for ever, holding a share of its hotspot. The reason {@code stale} is kept on
 * the session; an interim that arrives after all reopens it. Run it every minute or so. Thread-safe.
 */
public final class StaleSessions {
    public static final int SILENT_INTERVALS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(StaleSessions.class);

    private final Store store;
    private final Clock clock;
    private final Supplier<Duration> interimInterval;
    private final EngineMetrics metrics;

    /** @param interimInterval the Acct-Interim-Interval Pita gives sessions (the district's citizen plan) */
    public StaleSessions(Store store, Clock clock, Supplier<Duration> interimInterval, EngineMetrics metrics) {
        this.store = Check.notNull("store", store);
        this.clock = Check.notNull("clock", clock);
        this.interimInterval = Check.notNull("interimInterval", interimInterval);
        this.metrics = Check.notNull("metrics", metrics);
    }

    /** Closes what is stale now; returns how many sessions it closed. */
    public int sweep() {
        var silence = interimInterval.get().multipliedBy(SILENT_INTERVALS);
        int closed = store.sessions().closeStale(clock.instant(), silence);
        if (closed > 0) {
            metrics.radiusEvents().add(closed, "session-closed-stale");
            LOG.info("Closed {} sessions as stale: no accounting for {} s", closed, silence.toSeconds());
        }
        return closed;
    }
}
