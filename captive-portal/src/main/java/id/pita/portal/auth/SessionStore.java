package id.pita.portal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Console sessions kept in the store, so they survive a restart. A session is a random 256-bit token in the
 * cookie; the store keeps only its SHA-256. It ends after {@code idle} without a request the user made (a
 * background refresh does not count) and in any case {@code lifetime} after the log-in. Every lookup reads
 * the user afresh, so a disabled or deleted user is out at once and a role change applies at the next
 * request. Thread-safe.
 */
public final class SessionStore {
    private static final Logger LOG = LoggerFactory.getLogger(SessionStore.class);
    /** A session's last-seen time is written at most this often (each request would otherwise be a write). */
    private static final Duration TOUCH_GRANULARITY = Duration.ofSeconds(15);
    private final SessionRows rows;
    private final UserStore users;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration idle;
    private final Duration lifetime;

    public SessionStore(SessionRows rows, UserStore users, Clock clock, SecureRandom random, Duration idle,
                        Duration lifetime) {
        this.rows = rows;
        this.users = users;
        this.clock = clock;
        this.random = random;
        this.idle = idle;
        this.lifetime = lifetime;
    }

    public Duration idle() {
        return idle;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public ConsoleSession create(User user, String address, String userAgent) {
        var now = clock.instant();
        rows.deleteExpired(now.minus(idle), now.minus(lifetime));
        var token = token();
        var agent = userAgent == null ? "" : userAgent.length() > 200 ? userAgent.substring(0, 200) : userAgent;
        var row = rows.insert(new SessionRows.Row(0, hash(token), user.username(), token(), address, agent, now,
                now));
        LOG.info("Console session #{} started for {}", row.id(), user.username());
        return session(token, row, user);
    }

    /**
     * The live session with this token; empty if unknown, idle too long, past its lifetime, or its user is
     * gone or disabled. A request the user made restarts the idle timer; a {@code background} one does not.
     */
    public Optional<ConsoleSession> touch(String token, boolean background) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        var found = rows.byTokenHash(hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var row = found.get();
        var now = clock.instant();
        if (!now.isBefore(row.lastSeen().plus(idle)) || !now.isBefore(row.createdAt().plus(lifetime))) {
            rows.delete(row.id(), row.username());
            LOG.info("Console session #{} of {} expired", row.id(), row.username());
            return Optional.empty();
        }
        var user = users.find(row.username());
        if (user.isEmpty() || user.get().disabled()) {
            rows.delete(row.id(), row.username());
            return Optional.empty();
        }
        if (!background && !now.isBefore(row.lastSeen().plus(TOUCH_GRANULARITY))) {
            rows.touch(row.id(), now);
        }
        return Optional.of(session(token, row, user.get()));
    }

    public void end(ConsoleSession s) {
        rows.delete(s.rowId(), s.actor().username());
    }

    /** Ends one of the user's own sessions by its number; false if the user has no such session. */
    public boolean end(String username, long rowId) {
        return rows.delete(rowId, username);
    }

    /** Ends every session of {@code username} but {@code keep} (null ends all); returns how many ended. */
    public int endOthers(String username, ConsoleSession keep) {
        int n = rows.deleteForUser(username, keep == null ? -1 : keep.rowId());
        if (n > 0) {
            LOG.info("Ended {} console session(s) of {}", n, username);
        }
        return n;
    }

    /** The user's live sessions, newest first. */
    public List<SessionRows.Row> list(String username) {
        var now = clock.instant();
        return rows.forUser(username).stream().filter(r -> now.isBefore(r.lastSeen().plus(idle))
                && now.isBefore(r.createdAt().plus(lifetime))).toList();
    }

    /** Constant-time comparison of a submitted CSRF token with the session's. */
    public static boolean csrfMatches(ConsoleSession session, String submitted) {
        return submitted != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                submitted.getBytes(StandardCharsets.UTF_8));
    }

    private static ConsoleSession session(String token, SessionRows.Row row, User user) {
        ConsoleSession.Restriction r = user.mustChangePassword() ? ConsoleSession.Restriction.CHANGE_PASSWORD
                : user.role() == Role.ADMIN && !user.hasTotp() ? ConsoleSession.Restriction.ENROL_TOTP
                : ConsoleSession.Restriction.NONE;
        return new ConsoleSession(token, row.id(), user.actor().at(row.address()), row.csrfToken(), r,
                row.createdAt());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    String token() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
