package id.pita.portal.report;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link UsageSource} over a list, for tests and demos. Thread-safe. */
public final class InMemoryUsageSource implements UsageSource {
    private final List<UsageRow> rows = new CopyOnWriteArrayList<>();

    public void add(UsageRow row) {
        rows.add(row);
    }

    @Override
    public List<UsageRow> hours(Instant from, Instant to) {
        return rows.stream().filter(r -> !r.hour().isBefore(from) && r.hour().isBefore(to)).toList();
    }
}
