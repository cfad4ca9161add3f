package id.pita.portal.report;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link UsageSource} over a list, for tests and demos. Thread-safe. */
public final class InMemoryUsageSource implements UsageSource {
    private final List<UsageRow> rows = new CopyOnWriteArrayList<>();

    private final List<java.util.Map.Entry<String, Instant>> starts = new CopyOnWriteArrayList<>();

    /** Records that a session started at {@code site} at {@code at}. */
    public void sessionStarted(String site, Instant at) {
        starts.add(java.util.Map.entry(site, at));
    }

    @Override
    public java.util.Map<String, Long> sessionsStarted(Instant from, Instant to) {
        var out = new java.util.TreeMap<String, Long>();
        starts.stream().filter(e -> !e.getValue().isBefore(from) && e.getValue().isBefore(to))
                .forEach(e -> out.merge(e.getKey(), 1L, Long::sum));
        return out;
    }

    public void add(UsageRow row) {
        rows.add(row);
    }

    @Override
    public List<UsageRow> hours(Instant from, Instant to) {
        return rows.stream().filter(r -> !r.hour().isBefore(from) && r.hour().isBefore(to)).toList();
    }
}
