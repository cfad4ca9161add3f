package id.pita.portal.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to the {@code console_session} table. Implementations are thread-safe. */
public interface SessionRows {
    /** One stored session; {@code tokenHash} is the SHA-256 (hex) of the cookie's token. */
    record Row(long id, String tokenHash, String username, String csrfToken, String address, String userAgent,
               Instant createdAt, Instant lastSeen) {
        @Override
        public String toString() {
            return "Session[#" + id + ", " + username + "]";
        }
    }

    /** Stores a new session (its id is ignored) and returns it with its id. */
    Row insert(Row row);

    Optional<Row> byTokenHash(String tokenHash);

    void touch(long id, Instant lastSeen);

    /** Deletes one session of {@code username}; false if it has no such session. */
    boolean delete(long id, String username);

    /** Deletes every session of {@code username} except {@code keepId} (-1 keeps none); returns how many. */
    int deleteForUser(String username, long keepId);

    /** The user's sessions, newest first. */
    List<Row> forUser(String username);

    /** Deletes sessions last seen before {@code idleBefore} or created before {@code createdBefore}. */
    int deleteExpired(Instant idleBefore, Instant createdBefore);
}
