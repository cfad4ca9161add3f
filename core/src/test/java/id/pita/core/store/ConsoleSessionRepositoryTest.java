package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.testing.TestStores;

class ConsoleSessionRepositoryTest {
    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path dir;
    Store store;
    ConsoleSessionRepository sessions;

    @BeforeEach
    void open() {
        store = TestStores.open(dir);
        sessions = store.consoleSessions();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static ConsoleSessionRow session(String tokenHash, String user, Instant at) {
        return new ConsoleSessionRow(0, tokenHash, user, "csrf-" + tokenHash, "127.0.0.1", "Firefox", at, at);
    }

    @Test
    void insertGivesAnIdAndTheTokenHashFindsIt() {
        var a = sessions.insert(session("t1", "admin", T0));
        var b = sessions.insert(session("t2", "admin", T0));
        assertThat(a.id()).isPositive();
        assertThat(b.id()).isGreaterThan(a.id());
        assertThat(sessions.byTokenHash("t1")).contains(a);
        assertThat(sessions.byTokenHash("unknown")).isEmpty();

        sessions.touch(a.id(), T0.plusSeconds(60));
        var touched = sessions.byTokenHash("t1").orElseThrow();
        assertThat(touched.lastSeen()).isEqualTo(T0.plusSeconds(60));
        assertThat(touched.createdAt()).isEqualTo(T0);
    }

    @Test
    void deleteNeedsTheOwnerAndDeleteForUserKeepsOne() {
        var a = sessions.insert(session("t1", "admin", T0));
        var b = sessions.insert(session("t2", "admin", T0));
        var c = sessions.insert(session("t3", "admin", T0));
        var other = sessions.insert(session("t4", "viewer", T0));
        assertThat(sessions.forUser("admin")).as("newest first").containsExactly(c, b, a);

        assertThat(sessions.delete(a.id(), "viewer")).as("not viewer's session").isFalse();
        assertThat(sessions.delete(a.id(), "admin")).isTrue();
        assertThat(sessions.delete(a.id(), "admin")).isFalse();
        assertThat(sessions.deleteForUser("admin", b.id())).isEqualTo(1);
        assertThat(sessions.forUser("admin")).containsExactly(b);
        assertThat(sessions.deleteForUser("admin", -1)).isEqualTo(1);
        assertThat(sessions.forUser("admin")).isEmpty();
        assertThat(sessions.forUser("viewer")).containsExactly(other);
    }

    @Test
    void deleteExpiredTakesIdleAndTooOldSessions() {
        var idle = sessions.insert(session("idle", "admin", T0));
        var old = sessions.insert(session("old", "admin", T0.minusSeconds(7200)));
        sessions.touch(old.id(), T0.plusSeconds(3000));
        var fresh = sessions.insert(session("fresh", "admin", T0.plusSeconds(1000)));
        // idle since before T0+1000 or created before T0-3600
        assertThat(sessions.deleteExpired(T0.plusSeconds(1000), T0.minusSeconds(3600))).isEqualTo(2);
        assertThat(sessions.byTokenHash(idle.tokenHash())).isEmpty();
        assertThat(sessions.byTokenHash(old.tokenHash())).isEmpty();
        assertThat(sessions.byTokenHash("fresh")).contains(fresh);
    }

    @Test
    void sessionsSurviveAReopen() {
        var a = sessions.insert(session("t1", "admin", T0));
        store.close();
        store = TestStores.open(dir);
        assertThat(store.consoleSessions().byTokenHash("t1")).contains(a);
    }

    @Test
    void printingASessionShowsNeitherTokenHashNorCsrfToken() {
        var a = sessions.insert(session("secret-hash", "admin", T0));
        assertThat(a.toString()).contains("admin").doesNotContain("secret-hash");
    }
}
