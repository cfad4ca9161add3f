package id.pita.engine.radius.server;

import id.pita.engine.metrics.EngineMetrics;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts every drop and logs it at WARN with its reason, without a stack trace. All reasons share one budget of
 * {@value #MAX_LOGS_PER_SECOND} lines a second, so a fuzzing sender that hits every reason at once still gets no
 * more than that plus one summary line a second (the drops not logged one by one, by reason), and cannot fill
 * the disk. Every drop is counted in {@code pita_radius_dropped_total} whether logged or not. Thread-safe.
 */
final class Drops {
    static final int MAX_LOGS_PER_SECOND = 20;
    private static final Logger LOG = LoggerFactory.getLogger(Drops.class);

    private final EngineMetrics metrics;
    private final Clock clock;
    private long second = Long.MIN_VALUE;
    private int loggedThisSecond;
    private final Map<Drop, Long> notLogged = new EnumMap<>(Drop.class);

    Drops(EngineMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    void drop(Drop reason, InetSocketAddress sender, String detail) {
        metrics.radiusDrop(reason.label());
        String summary = null;
        long summed = 0;
        boolean log;
        synchronized (this) {
            long now = clock.millis() / 1000;
            if (now != second) {
                if (!notLogged.isEmpty()) {
                    summed = notLogged.values().stream().mapToLong(Long::longValue).sum();
                    summary = notLogged.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                            .collect(Collectors.joining(", "));
                    notLogged.clear();
                }
                second = now;
                loggedThisSecond = 0;
            }
            log = loggedThisSecond < MAX_LOGS_PER_SECOND;
            if (log) {
                loggedThisSecond++;
            } else {
                notLogged.merge(reason, 1L, Long::sum);
            }
        }
        if (summary != null) {
            LOG.warn("Dropped {} more RADIUS packets without a line each (over {} lines/s): {}", summed,
                    MAX_LOGS_PER_SECOND, summary);
        }
        if (log) {
            LOG.warn("Dropped RADIUS packet from {}: {}: {}", sender == null ? "an unknown sender" : sender,
                    reason.label(), detail);
        }
    }
}
