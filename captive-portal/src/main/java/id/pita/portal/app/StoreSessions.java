package id.pita.portal.app;

import id.pita.core.store.Store;
import id.pita.portal.auth.SessionRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Console sessions in the store's {@code console_session} table. Thread-safe. */
final class StoreSessions implements SessionRows {
    private final Store store;

    StoreSessions(Store store) {
        this.store = store;
    }

    @Override
    public Row insert(Row r) {
        long id = store.write(h -> h.createUpdate("INSERT INTO console_session (token_hash, username, csrf_token, "
                        + "address, user_agent, created_at_ms, last_seen_ms) VALUES (:t, :u, :c, :a, :ua, :at, :seen)")
                .bind("t", r.tokenHash()).bind("u", r.username()).bind("c", r.csrfToken()).bind("a", r.address())
                .bind("ua", r.userAgent()).bind("at", r.createdAt().toEpochMilli())
                .bind("seen", r.lastSeen().toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Row(id, r.tokenHash(), r.username(), r.csrfToken(), r.address(), r.userAgent(), r.createdAt(),
                r.lastSeen());
    }

    @Override
    public Optional<Row> byTokenHash(String tokenHash) {
        return store.read(h -> h.createQuery("SELECT * FROM console_session WHERE token_hash = :t")
                .bind("t", tokenHash).map((rs, ctx) -> row(rs)).findOne());
    }

    @Override
    public void touch(long id, Instant lastSeen) {
        store.writeVoid(h -> h.createUpdate("UPDATE console_session SET last_seen_ms = :s WHERE id = :id")
                .bind("s", lastSeen.toEpochMilli()).bind("id", id).execute());
    }

    @Override
    public boolean delete(long id, String username) {
        return store.write(h -> h.createUpdate("DELETE FROM console_session WHERE id = :id AND username = :u")
                .bind("id", id).bind("u", username).execute() == 1);
    }

    @Override
    public int deleteForUser(String username, long keepId) {
        return store.write(h -> h.createUpdate("DELETE FROM console_session WHERE username = :u AND id <> :keep")
                .bind("u", username).bind("keep", keepId).execute());
    }

    @Override
    public List<Row> forUser(String username) {
        return store.read(h -> h.createQuery("SELECT * FROM console_session WHERE username = :u ORDER BY id DESC")
                .bind("u", username).map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public int deleteExpired(Instant idleBefore, Instant createdBefore) {
        return store.write(h -> h.createUpdate("DELETE FROM console_session WHERE last_seen_ms < :idle "
                        + "OR created_at_ms < :created")
                .bind("idle", idleBefore.toEpochMilli()).bind("created", createdBefore.toEpochMilli()).execute());
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("token_hash"), rs.getString("username"),
                rs.getString("csrf_token"), rs.getString("address"), rs.getString("user_agent"),
                Instant.ofEpochMilli(rs.getLong("created_at_ms")), Instant.ofEpochMilli(rs.getLong("last_seen_ms")));
    }
}
