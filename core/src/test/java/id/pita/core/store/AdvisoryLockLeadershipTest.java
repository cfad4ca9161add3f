package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.testing.PostgresServer;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** On a real PostgreSQL 15: one leader at a time, and the lock goes with the leader's connection. */
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
        var a = new AdvisoryLockLeadership(this::connect);
        var b = new AdvisoryLockLeadership(this::connect);
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
        var a = new AdvisoryLockLeadership(this::connect);
        var b = new AdvisoryLockLeadership(this::connect);
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
}
