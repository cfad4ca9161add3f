package id.pita.portal.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions keyed by a random 256-bit id, ended after {@code idle} without a request. Kept in
 * memory on purpose: a restart logs everyone out, which is acceptable for a Diskominfo console. Thread-safe.
 */
public final class SessionStore {
    private record Entry(ConsoleSession session, Instant lastSeen) {
    }

    private final Clock clock;
    private final SecureRandom random;
    private final Duration idle;
    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    public SessionStore(Clock clock, SecureRandom random, Duration idle) {
        this.clock = clock;
        this.random = random;
        this.idle = idle;
    }

    public ConsoleSession create(Actor actor) {
        sessions.values().removeIf(this::expired);
        var s = new ConsoleSession(token(), actor, token());
        sessions.put(s.id(), new Entry(s, clock.instant()));
        return s;
    }

    /** The live session with this id, its idle timer restarted; empty if unknown or idle too long. */
    public Optional<ConsoleSession> touch(String id) {
        if (id == null) {
            return Optional.empty();
        }
        var e = sessions.get(id);
        if (e == null || expired(e)) {
            sessions.remove(id);
            return Optional.empty();
        }
        sessions.put(id, new Entry(e.session(), clock.instant()));
        return Optional.of(e.session());
    }

    public void remove(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Constant-time comparison of a submitted CSRF token with the session's. */
    public static boolean csrfMatches(ConsoleSession session, String submitted) {
        return submitted != null && MessageDigest.isEqual(session.csrfToken()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                submitted.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private boolean expired(Entry e) {
        return !clock.instant().isBefore(e.lastSeen().plus(idle));
    }

    private String token() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
