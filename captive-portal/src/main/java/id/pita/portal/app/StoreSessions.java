package id.pita.portal.app;

import id.pita.core.store.ConsoleSessionRepository;
import id.pita.core.store.ConsoleSessionRow;
import id.pita.core.store.Store;
import id.pita.portal.auth.SessionRows;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Console sessions on the store's {@link ConsoleSessionRepository} ({@code console_session}). Thread-safe. */
final class StoreSessions implements SessionRows {
    private final ConsoleSessionRepository sessions;

    StoreSessions(Store store) {
        this.sessions = store.consoleSessions();
    }

    @Override
    public Row insert(Row r) {
        return row(sessions.insert(new ConsoleSessionRow(0, r.tokenHash(), r.username(), r.csrfToken(), r.address(),
                r.userAgent(), r.createdAt(), r.lastSeen())));
    }

    @Override
    public Optional<Row> byTokenHash(String tokenHash) {
        return sessions.byTokenHash(tokenHash).map(StoreSessions::row);
    }

    @Override
    public void touch(long id, Instant lastSeen) {
        sessions.touch(id, lastSeen);
    }

    @Override
    public boolean delete(long id, String username) {
        return sessions.delete(id, username);
    }

    @Override
    public int deleteForUser(String username, long keepId) {
        return sessions.deleteForUser(username, keepId);
    }

    @Override
    public List<Row> forUser(String username) {
        return sessions.forUser(username).stream().map(StoreSessions::row).toList();
    }

    @Override
    public int deleteExpired(Instant idleBefore, Instant createdBefore) {
        return sessions.deleteExpired(idleBefore, createdBefore);
    }

    private static Row row(ConsoleSessionRow r) {
        return new Row(r.id(), r.tokenHash(), r.username(), r.csrfToken(), r.address(), r.userAgent(), r.createdAt(),
                r.lastSeen());
    }
}
