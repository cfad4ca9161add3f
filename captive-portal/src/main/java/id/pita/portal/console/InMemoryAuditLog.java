package id.pita.portal.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An {@link AuditLog} in memory. Thread-safe. */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry e) {
        entries.add(new AuditEntry(entries.size() + 1, e.at(), e.actor(), e.action(), e.entity(), e.beforeJson(),
                e.afterJson()));
    }

    @Override
    public synchronized List<AuditEntry> recent(int limit) {
        var copy = new ArrayList<>(entries);
        Collections.reverse(copy);
        return List.copyOf(copy.subList(0, Math.min(limit, copy.size())));
    }
}
