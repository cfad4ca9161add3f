package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreReadPoolTest {
    private static final String COUNT = "SELECT COUNT(*) FROM schema_version";

    @TempDir
    Path dir;

    @Test
    void reusedReadConnectionSeesWhatWasCommittedAfterItsLastRead() {
        try (var store = Store.open(dir.resolve("pita.db"))) {
            int before = store.read(h -> h.createQuery(COUNT).mapTo(Integer.class).one());
            assertThat(store.idleReaders()).isEqualTo(1);
            store.writeVoid(h -> h.execute("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (99, 'test', 0)"));
            int after = store.read(h -> h.createQuery(COUNT).mapTo(Integer.class).one());
            assertThat(after).isEqualTo(before + 1);
            assertThat(store.idleReaders()).isEqualTo(1);
        }
    }

    @Test
    void aPreparedQueryIsReusedAndStillSeesWhatWasCommittedAfterIt() {
        try (var store = Store.open(dir.resolve("pita.db"))) {
            int before = store.query(COUNT, q -> { }, rs -> rs.next() ? rs.getInt(1) : -1);
            assertThat(store.idleReaders()).isEqualTo(1);
            store.writeVoid(h -> h.execute("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (99, 'test', 0)"));
            // the same connection and statement: no snapshot kept from the first execution
            int after = store.query(COUNT, q -> { }, rs -> rs.next() ? rs.getInt(1) : -1);
            assertThat(after).isEqualTo(before + 1);
            int bound = store.query("SELECT COUNT(*) FROM schema_version WHERE version = ?", q -> q.setInt(1, 99),
                    rs -> rs.next() ? rs.getInt(1) : -1);
            assertThat(bound).isEqualTo(1);
            assertThat(store.idleReaders()).isEqualTo(1);
        }
    }

    @Test
    void aPreparedQueryThatFailsSaysSoAndDropsItsConnection() {
        try (var store = Store.open(dir.resolve("pita.db"))) {
            store.query(COUNT, q -> { }, rs -> rs.next());
            int idle = store.idleReaders();
            assertThatThrownBy(() -> store.query("SELECT nope FROM nowhere", q -> { }, rs -> rs.next()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("nowhere");
            assertThat(store.idleReaders()).isEqualTo(idle - 1);
        }
    }

    @Test
    void readThatFailsDoesNotReturnItsConnectionToThePool() {
        try (var store = Store.open(dir.resolve("pita.db"))) {
            store.read(h -> h.createQuery(COUNT).mapTo(Integer.class).one());
            int idle = store.idleReaders();
            assertThatThrownBy(() -> store.read(h -> h.createQuery("SELECT nope FROM nowhere").mapTo(Integer.class)
                    .one())).isInstanceOf(RuntimeException.class);
            assertThat(store.idleReaders()).isEqualTo(idle - 1);
        }
    }

    @Test
    void keepsAtMostTheBoundOfIdleConnectionsAfterManyConcurrentReads() throws Exception {
        int readers = Store.IDLE_READERS + 4;
        var store = Store.open(dir.resolve("pita.db"));
        try {
            var allInside = new CountDownLatch(readers);
            var threads = new ArrayList<Thread>();
            for (int i = 0; i < readers; i++) {
                var t = new Thread(() -> store.read(h -> {
                    allInside.countDown();
                    awaitQuietly(allInside);
                    return h.createQuery(COUNT).mapTo(Integer.class).one();
                }));
                threads.add(t);
                t.start();
            }
            for (var t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(10));
            }
            assertThat(allInside.getCount()).isZero();
            assertThat(store.idleReaders()).isEqualTo(Store.IDLE_READERS);
        } finally {
            store.close();
        }
        assertThat(store.idleReaders()).isZero();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
