package id.pita.portal.report;

import java.time.Instant;
import java.util.List;

/** Port to the hourly usage table. Implementations are thread-safe. */
public interface UsageSource {
    /** Rows whose hour lies in {@code [from, to)}. */
    List<UsageRow> hours(Instant from, Instant to);

    /** How many citizen or office sessions started in {@code [from, to)}, per site code (absent: none). */
    java.util.Map<String, Long> sessionsStarted(Instant from, Instant to);
}
