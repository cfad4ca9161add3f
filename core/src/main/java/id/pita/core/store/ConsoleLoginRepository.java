package id.pita.core.store;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the console's log-in keeps between requests, in the store so that any node answers the next one: failure
 * counts (the password-guessing throttle; a guesser gets no more tries by spreading them over the nodes) and
 * log-ins waiting for their second factor. Thread-safe; a count is changed by a conditional write and retried, so
 * two nodes counting the same key at once lose neither failure. Keys are text without NUL (PostgreSQL refuses it):
 * callers pass a hash.
 */
public final class ConsoleLoginRepository {
    private static final int ATTEMPTS = 20;
    private final Store store;

    ConsoleLoginRepository(Store store) {
        this.store = store;
    }

    /** Failures counted under one key and the time of the last. */
    public record Failures(int count, Instant last) {
    }

    /** A log-in whose password was right, waiting for its second factor until {@code expires}. */
    public record Pending(String username, String address, Instant expires) {
    }

    public Optional<Failures> failures(String key) {
        return store.read(h -> h.createQuery("SELECT failures, last_ms FROM console_login_failure "
                        + "WHERE throttle_key = :k").bind("k", key)
                .map((rs, ctx) -> new Failures(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)))).findOne());
    }

    /**
     * Replaces the key's failures by {@code next} of what is stored (empty if none); returns the new value. Read
     * and write are one transaction, the write conditional on the value read (retried if another node changed it
     * in between; SQLite's write lock makes the first try succeed).
     */
    public Failures updateFailures(String key, Function<Optional<Failures>, Failures> next) {
        for (int i = 0; i < ATTEMPTS; i++) {
            var done = store.write(h -> {
                var before = h.createQuery("SELECT failures, last_ms FROM console_login_failure "
                                + "WHERE throttle_key = :k").bind("k", key)
                        .map((rs, ctx) -> new Failures(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)))).findOne();
                var after = next.apply(before);
                int changed = before.isEmpty()
                        ? h.createUpdate("INSERT INTO console_login_failure (throttle_key, failures, last_ms) "
                                + "VALUES (:k, :n, :at) ON CONFLICT (throttle_key) DO NOTHING")
                            .bind("k", key).bind("n", after.count()).bind("at", after.last().toEpochMilli()).execute()
                        : h.createUpdate("UPDATE console_login_failure SET failures = :n, last_ms = :at "
                                + "WHERE throttle_key = :k AND failures = :was AND last_ms = :wasAt")
                            .bind("k", key).bind("n", after.count()).bind("at", after.last().toEpochMilli())
                            .bind("was", before.get().count()).bind("wasAt", before.get().last().toEpochMilli())
                            .execute();
                return changed == 1 ? Optional.of(after) : Optional.<Failures>empty();
            });
            if (done.isPresent()) {
                return done.get();
            }
        }
        throw new StoreException("console log-in failures of one key changed " + ATTEMPTS + " times meanwhile");
    }

    public void clearFailures(String key) {
        store.writeVoid(h -> h.createUpdate("DELETE FROM console_login_failure WHERE throttle_key = :k")
                .bind("k", key).execute());
    }

    /** Forgets failures last counted before {@code before}; returns how many keys. */
    public int forgetFailuresBefore(Instant before) {
        return store.write(h -> h.createUpdate("DELETE FROM console_login_failure WHERE last_ms < :t")
                .bind("t", before.toEpochMilli()).execute());
    }

    public long failureKeys() {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM console_login_failure").mapTo(Long.class).one());
    }

    /** Keeps a pending log-in under the SHA-256 (hex) of its token; expired ones are deleted meanwhile. */
    public void putPending(String tokenHash, Pending pending, Instant now) {
        store.writeVoid(h -> {
            h.createUpdate("DELETE FROM console_pending_login WHERE expires_ms < :now")
                    .bind("now", now.toEpochMilli()).execute();
            h.createUpdate("INSERT INTO console_pending_login (token_hash, username, address, expires_ms) "
                            + "VALUES (:t, :u, :a, :e)").bind("t", tokenHash).bind("u", pending.username())
                    .bind("a", pending.address()).bind("e", pending.expires().toEpochMilli()).execute();
        });
    }

    public Optional<Pending> pending(String tokenHash) {
        return store.read(h -> h.createQuery("SELECT username, address, expires_ms FROM console_pending_login "
                        + "WHERE token_hash = :t").bind("t", tokenHash)
                .map((rs, ctx) -> new Pending(rs.getString(1), rs.getString(2),
                        Instant.ofEpochMilli(rs.getLong(3)))).findOne());
    }

    /** Deletes a pending log-in; true for the one caller that deleted it. */
    public boolean removePending(String tokenHash) {
        return store.write(h -> h.createUpdate("DELETE FROM console_pending_login WHERE token_hash = :t")
                .bind("t", tokenHash).execute()) == 1;
    }
}
