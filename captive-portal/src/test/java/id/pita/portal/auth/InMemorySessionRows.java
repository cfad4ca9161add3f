package id.pita.portal.auth;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link SessionRows} in memory, for unit tests of {@link Accounts} and {@link SessionStore}. Thread-safe. */
final class InMemorySessionRows implements SessionRows {
    private final Map<Long, Row> rows = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Row insert(Row r) {
        var row = new Row(ids.incrementAndGet(), r.tokenHash(), r.username(), r.csrfToken(), r.address(),
                r.userAgent(), r.createdAt(), r.lastSeen());
        rows.put(row.id(), row);
        return row;
    }

    @Override
    public Optional<Row> byTokenHash(String tokenHash) {
        return rows.values().stream().filter(r -> r.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public void touch(long id, Instant lastSeen) {
        rows.computeIfPresent(id, (k, r) -> new Row(r.id(), r.tokenHash(), r.username(), r.csrfToken(), r.address(),
                r.userAgent(), r.createdAt(), lastSeen));
    }

    @Override
    public boolean delete(long id, String username) {
        var r = rows.get(id);
        return r != null && r.username().equals(username) && rows.remove(id) != null;
    }

    @Override
    public int deleteForUser(String username, long keepId) {
        int before = rows.size();
        rows.values().removeIf(r -> r.username().equals(username) && r.id() != keepId);
        return before - rows.size();
    }

    @Override
    public List<Row> forUser(String username) {
        return rows.values().stream().filter(r -> r.username().equals(username))
                .sorted(Comparator.comparingLong(Row::id).reversed()).toList();
    }

    @Override
    public int deleteExpired(Instant idleBefore, Instant createdBefore) {
        int before = rows.size();
        rows.values().removeIf(r -> r.lastSeen().isBefore(idleBefore) || r.createdAt().isBefore(createdBefore));
        return before - rows.size();
    }
}
