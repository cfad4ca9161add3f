package id.pita.core.store;

import java.time.Instant;

/**
 * One console log-in session as stored in {@code console_session}; {@code tokenHash} is the SHA-256 (hex) of the
 * cookie's token, never the token. Printed without its hashes.
 *
 * @param id 0 until stored
 */
public record ConsoleSessionRow(long id, String tokenHash, String username, String csrfToken, String address,
                                String userAgent, Instant createdAt, Instant lastSeen) {
    public ConsoleSessionRow withId(long newId) {
        return new ConsoleSessionRow(newId, tokenHash, username, csrfToken, address, userAgent, createdAt, lastSeen);
    }

    @Override
    public String toString() {
        return "ConsoleSessionRow[#" + id + ", " + username + "]";
    }
}
