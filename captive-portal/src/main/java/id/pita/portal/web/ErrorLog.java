package id.pita.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Logs unexpected errors with their stack trace at most once per {@code every} for the same error (its type
 * and the place it was thrown), and as one line otherwise, so that a request that fails the same way a
 * thousand times writes one stack trace, not a thousand. Remembers a bounded number of distinct errors.
 * Thread-safe.
 */
public final class ErrorLog {
    private static final int MAX_DISTINCT = 256;

    private final Clock clock;
    private final Duration every;
    private final Map<String, Seen> seen = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
            return size() > MAX_DISTINCT;
        }
    };

    private static final class Seen {
        Instant traced;
        long since;
    }

    public ErrorLog(Clock clock, Duration every) {
        this.clock = clock;
        this.every = every;
    }

    /** Once a minute, on the system clock. */
    public static ErrorLog perMinute() {
        return new ErrorLog(Clock.systemUTC(), Duration.ofMinutes(1));
    }

    /** Logs {@code what} at ERROR: with {@code error}'s stack trace if it is due, else as one line. */
    public void error(Logger log, String what, Throwable error) {
        long suppressed = traceDue(error);
        if (suppressed >= 0) {
            if (suppressed > 0) {
                log.error("{} ({} more like it since its last stack trace)", what, suppressed, error);
            } else {
                log.error(what, error);
            }
        } else {
            log.error("{}: {} (its stack trace is logged at most once per {} s)", what, error, every.toSeconds());
        }
    }

    /** -1 if the trace was logged within {@code every}; else how many were logged without it meanwhile. */
    synchronized long traceDue(Throwable error) {
        var now = clock.instant();
        var s = seen.computeIfAbsent(key(error), k -> new Seen());
        if (s.traced != null && now.isBefore(s.traced.plus(every))) {
            s.since++;
            return -1;
        }
        long suppressed = s.since;
        s.traced = now;
        s.since = 0;
        return suppressed;
    }

    private static String key(Throwable error) {
        var root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var trace = root.getStackTrace();
        return error.getClass().getName() + "/" + root.getClass().getName() + "@"
                + (trace.length == 0 ? "?" : trace[0].toString());
    }
}
