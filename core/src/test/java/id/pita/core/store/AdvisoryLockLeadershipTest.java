package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.testing.PostgresServer;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * On a real PostgreSQL 15: one leader at a time, the lock goes with the leader's connection, and a leader that
 * stops refreshing (alive but stuck) loses it after the silence limit.
 */
class AdvisoryLockLeadershipTest {
    private final PostgresServer server = PostgresServer.shared();
    private final String url = server.createDatabase();

    private Handle connect() {
        try {
            return Jdbi.open(DriverManager.getConnection(url, server.user(), server.password()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void oneLeadsAndAnotherTakesOverWhenTheLeadersConnectionDies() {
        var a = new AdvisoryLockLeadership(this::connect, Duration.ofMinutes(1));
        var b = new AdvisoryLockLeadership(this::connect, Duration.ofMinutes(1));
        try (var admin = connect()) {
            assertThat(a.refresh()).isTrue();
            assertThat(b.refresh()).isFalse();
            assertThat(a.refresh()).as("kept while its connection lives").isTrue();
            assertThat(b.refresh()).isFalse();

            // The leader's backend dies (as when its JVM is killed): PostgreSQL releases the lock with it.
            int killed = admin.createQuery("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_locks "
                    + "WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()").mapTo(Integer.class).one();
            assertThat(killed).isEqualTo(1);
            assertThat(b.refresh()).isTrue();
            assertThat(a.refresh()).as("the old leader sees its connection gone and steps down").isFalse();
            assertThat(a.leading()).isFalse();
            assertThat(a.refresh()).as("and does not take it back while b holds it").isFalse();
        } finally {
            a.close();
            b.close();
        }
    }

    @Test
    void aCleanStopHandsTheLeadershipOn() {
        var a = new AdvisoryLockLeadership(this::connect, Duration.ofMinutes(1));
        var b = new AdvisoryLockLeadership(this::connect, Duration.ofMinutes(1));
        try {
            assertThat(a.refresh()).isTrue();
            assertThat(b.refresh()).isFalse();
            a.close();
            assertThat(a.leading()).isFalse();
            assertThat(b.refresh()).isTrue();
        } finally {
            a.close();
            b.close();
        }
    }

    @Test
    void aLeaderThatStopsRefreshingLosesTheLockAfterTheSilenceAndStepsDownWhenItWakes() throws Exception {
        var silence = Duration.ofSeconds(1);
        var a = new AdvisoryLockLeadership(this::connect, silence);
        var b = new AdvisoryLockLeadership(this::connect, silence);
        try {
            assertThat(a.refresh()).isTrue();
            // Refreshing every 200 ms, a keeps the lock for well over the silence limit.
            long keepUntil = System.nanoTime() + silence.multipliedBy(3).toNanos();
            long stuckAt = 0;
            while (System.nanoTime() < keepUntil) {
                assertThat(b.refresh()).as("b while a refreshes").isFalse();
                assertThat(a.refresh()).as("a refreshing").isTrue();
                stuckAt = System.nanoTime();
                Thread.sleep(200);
            }
            // a is stuck (its process stopped, its connection open and silent): the server ends that session and
            // its lock with it, and b takes over.
            long deadline = stuckAt + Duration.ofSeconds(20).toNanos();
            while (!b.refresh() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(b.leading()).as("b leads after a's silence").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - stuckAt)).as("not before the silence limit")
                    .isGreaterThanOrEqualTo(silence);
            // a wakes up: it finds its connection ended, steps down, and does not take the lock back from b.
            assertThat(a.refresh()).isFalse();
            assertThat(a.leading()).isFalse();
            assertThat(a.refresh()).isFalse();
            assertThat(b.refresh()).isTrue();
        } finally {
            a.close();
            b.close();
        }
    }
}
