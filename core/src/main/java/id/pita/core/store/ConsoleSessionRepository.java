package id.pita.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Console log-in sessions in {@code console_session}, kept in the store so a restart keeps them. */
public final class ConsoleSessionRepository {
    private static final String COLUMNS = "id, token_hash, username, csrf_token, address, user_agent, "
            + "created_at_ms, last_seen_ms";
    private final Store store;

    ConsoleSessionRepository(Store store) {
        this.store = store;
    }

    /** Stores a new session (its id is ignored) and returns it with the id the store gave it. */
    public ConsoleSessionRow insert(ConsoleSessionRow r) {
        long id = store.write(h -> h.createUpdate("INSERT INTO console_session (token_hash, username, csrf_token, "
                        + "address, user_agent, created_at_ms, last_seen_ms) VALUES (:t, :u, :c, :a, :ua, :at, :seen)")
                .bind("t", r.tokenHash()).bind("u", r.username()).bind("c", r.csrfToken()).bind("a", r.address())
                .bind("ua", r.userAgent()).bind("at", r.createdAt().toEpochMilli())
                .bind("seen", r.lastSeen().toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return r.withId(id);
    }

    public Optional<ConsoleSessionRow> byTokenHash(String tokenHash) {
        return store.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM console_session WHERE token_hash = :t")
                .bind("t", tokenHash).map((rs, ctx) -> row(rs)).findOne());
    }

    public void touch(long id, Instant lastSeen) {
        store.writeVoid(h -> h.createUpdate("UPDATE console_session SET last_seen_ms = :s WHERE id = :id")
                .bind("s", lastSeen.toEpochMilli()).bind("id", id).execute());
    }

    /** Deletes one session of {@code username}; false if it has no such session. */
    public boolean delete(long id, String username) {
        return store.write(h -> h.createUpdate("DELETE FROM console_session WHERE id = :id AND username = :u")
                .bind("id", id).bind("u", username).execute() == 1);
    }

    /** Deletes every session of {@code username} except {@code keepId} (-1 keeps none); returns how many. */
    public int deleteForUser(String username, long keepId) {
        return store.write(h -> h.createUpdate("DELETE FROM console_session WHERE username = :u AND id <> :keep")
                .bind("u", username).bind("keep", keepId).execute());
    }

    /** The user's sessions, newest first. */
    public List<ConsoleSessionRow> forUser(String username) {
        return store.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM console_session WHERE username = :u "
                        + "ORDER BY id DESC")
                .bind("u", username).map((rs, ctx) -> row(rs)).list());
    }

    /** Deletes sessions last seen before {@code idleBefore} or created before {@code createdBefore}. */
    public int deleteExpired(Instant idleBefore, Instant createdBefore) {
        return store.write(h -> h.createUpdate("DELETE FROM console_session WHERE last_seen_ms < :idle "
                        + "OR created_at_ms < :created")
                .bind("idle", idleBefore.toEpochMilli()).bind("created", createdBefore.toEpochMilli()).execute());
    }

    private static ConsoleSessionRow row(ResultSet rs) throws SQLException {
        return new ConsoleSessionRow(rs.getLong("id"), rs.getString("token_hash"), rs.getString("username"),
                rs.getString("csrf_token"), rs.getString("address"), rs.getString("user_agent"),
                Instant.ofEpochMilli(rs.getLong("created_at_ms")), Instant.ofEpochMilli(rs.getLong("last_seen_ms")));
    }
}
