package id.pita.engine.radius.server;

import id.pita.engine.metrics.EngineMetrics;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts every drop and logs it once at WARN with its reason, without a stack trace. A flood of the
 * same reason is logged at most {@value #MAX_LOGS_PER_SECOND} times a second, the rest summed into
 * the next line, so that a hostile sender cannot fill the disk. Thread-safe.
 */
final class Drops {
    static final int MAX_LOGS_PER_SECOND = 20;
    private static final Logger LOG = LoggerFactory.getLogger(Drops.class);

    private final EngineMetrics metrics;
    private final Clock clock;
    private final Map<Drop, long[]> windows = new EnumMap<>(Drop.class);

    Drops(EngineMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    void drop(Drop reason, InetSocketAddress sender, String detail) {
        metrics.radiusDrop(reason.label());
        long suppressed = admitLog(reason);
        if (suppressed >= 0) {
            var more = suppressed > 0 ? " (" + suppressed + " more of this reason not logged)" : "";
            LOG.warn("Dropped RADIUS packet from {}: {}: {}{}", sender, reason.label(), detail, more);
        }
    }

    /** -1 to stay quiet, else how many logs were suppressed since the last one. */
    private synchronized long admitLog(Drop reason) {
        long second = clock.millis() / 1000;
        var w = windows.computeIfAbsent(reason, r -> new long[3]); // second, logged, suppressed
        if (w[0] != second) {
            w[0] = second;
            w[1] = 0;
        }
        if (w[1] >= MAX_LOGS_PER_SECOND) {
            w[2]++;
            return -1;
        }
        w[1]++;
        long suppressed = w[2];
        w[2] = 0;
        return suppressed;
    }
}
