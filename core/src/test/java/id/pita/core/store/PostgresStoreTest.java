package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.testing.PostgresServer;

/**
 * The store on a real PostgreSQL 15 as several nodes use it: two {@link Store}s (two nodes) on one database, each
 * with its own pool, writing at READ COMMITTED at the same time.
 */
class PostgresStoreTest {
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path dir;

    private StoreTarget fresh() {
        var server = PostgresServer.shared();
        return StoreTarget.postgres(server.createDatabase(), server.user(), server.password(), dir.resolve("secrets.key"));
    }

    @Test
    void twoNodesStoringTheSameAndInterleavedRecordsCountEachGrowthOnce() throws Exception {
        var target = fresh();
        try (var a = Store.open(target, Clock.systemUTC()); var b = Store.open(target, Clock.systemUTC())) {
            a.districts().save(TestDistricts.small());
            // Both nodes receive every record (a gateway retransmitting to its second RADIUS server), in small
            // batches, at the same time: first the Starts of the even sessions, then every interim, node b in the
            // reverse order. The odd sessions' Starts were lost: both nodes race to create those sessions.
            var threads = 4;
            var pool = Executors.newFixedThreadPool(threads);
            var started = new CyclicBarrier(threads);
            var futures = new ArrayList<Future<Integer>>();
            for (var node : List.of(a, b)) {
                for (int half = 0; half < 2; half++) {
                    int from = half * SESSIONS / 2;
                    futures.add(pool.submit(writer(node, started, from, from + SESSIONS / 2, node == b)));
                }
            }
            int fresh = 0;
            for (var f : futures) {
                fresh += f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            int records = SESSIONS * INTERIMS + SESSIONS / 2;
            // Each record is new exactly once across the two nodes.
            assertThat(fresh).isEqualTo(records);
            long raw = a.read(h -> h.createQuery("SELECT COUNT(*) FROM accounting").mapTo(Long.class).one());
            assertThat(raw).isEqualTo(records);
            long down = b.read(h -> h.createQuery("SELECT COALESCE(SUM(download_bytes), 0) FROM usage_hourly")
                    .mapTo(Long.class).one());
            // The growth of each session is its last counter, counted once however the two nodes interleaved.
            assertThat(down).isEqualTo(SESSIONS * downAt(INTERIMS));
            for (int s = 0; s < SESSIONS; s++) {
                assertThat(a.sessions().byKey("gw-kantor/n" + s).orElseThrow().downloadBytes())
                        .isEqualTo(downAt(INTERIMS));
            }
        }
    }

    static final int SESSIONS = 20;
    static final int INTERIMS = 15;

    private static long downAt(int i) {
        return i * 1_000_000L;
    }

    private static AccountingRecord record(int s, int i) {
        var status = i == 0 ? AcctStatus.START : AcctStatus.INTERIM_UPDATE;
        return new AccountingRecord("gw-kantor", "n" + s, status, "kantor", String.format("AA:BB:CC:00:00:%02X", s),
                "10.1.0." + (s + 2), i * 1000L, downAt(i), i * 60L, "", T0.plusSeconds(i * 60L));
    }

    private static Callable<Integer> writer(Store store, CyclicBarrier started, int from, int to, boolean reverse) {
        return () -> {
            var starts = new ArrayList<AccountingRecord>();
            for (int s = from; s < to; s += 2) {
                starts.add(record(s, 0));
            }
            int fresh = store.accounting().apply(starts);
            started.await(60, TimeUnit.SECONDS);
            for (int step = 1; step <= INTERIMS; step++) {
                int i = reverse ? INTERIMS + 1 - step : step;
                var batch = new ArrayList<AccountingRecord>();
                for (int s = from; s < to; s++) {
                    batch.add(record(s, i));
                }
                fresh += store.accounting().apply(batch);
            }
            return fresh;
        };
    }

    @Test
    void nodesStartingTogetherMigrateOnce() throws Exception {
        var target = fresh();
        var pool = Executors.newFixedThreadPool(3);
        var go = new CountDownLatch(1);
        var futures = new ArrayList<Future<Store>>();
        for (int i = 0; i < 3; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                return Store.open(target, Clock.systemUTC());
            }));
        }
        go.countDown();
        var stores = new ArrayList<Store>();
        try {
            for (var f : futures) {
                stores.add(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(stores.get(0).appliedVersions())
                    .containsExactlyElementsOf(Migrations.ALL.stream().map(Migrations.Migration::version).toList());
        } finally {
            stores.forEach(Store::close);
            pool.shutdown();
        }
    }

    @Test
    void needsAConfiguredSecretsKeyAndRefusesAnotherNodesNewKey() {
        var server = PostgresServer.shared();
        var url = server.createDatabase();
        assertThatThrownBy(() -> Store.open(new StoreTarget(url, server.user(), server.password(), Optional.empty()),
                Clock.systemUTC())).isInstanceOf(StoreException.class).hasMessageContaining("store.secretsKey");
        var key = dir.resolve("keys/secrets.key");
        var target = StoreTarget.postgres(url, server.user(), server.password(), key);
        try (var store = Store.open(target, Clock.systemUTC())) {
            store.districts().save(TestDistricts.small());
            String sealed = store.read(h -> h.createQuery("SELECT secret FROM gateway WHERE id = 'gw-kantor'")
                    .mapTo(String.class).one());
            assertThat(sealed).startsWith(SecretBox.PREFIX);
        }
        assertThat(Files.exists(key)).isTrue();
        // A second node that was not given the district's key file would make a new key that opens nothing.
        var otherNode = StoreTarget.postgres(url, server.user(), server.password(), dir.resolve("other/secrets.key"));
        assertThatThrownBy(() -> Store.open(otherNode, Clock.systemUTC())).isInstanceOf(StoreException.class)
                .hasMessageContaining("sealed");
        // With a copy of the key it opens and reads the secrets.
        try (var store = Store.open(target, Clock.systemUTC())) {
            assertThat(store.districts().load("kecil")).contains(TestDistricts.small());
        }
    }

    @Test
    void aWrongPasswordIsAClearErrorThatDoesNotShowThePassword() {
        var server = PostgresServer.shared();
        var target = StoreTarget.postgres(server.createDatabase(), server.user(), "not-the-password",
                dir.resolve("secrets.key"));
        assertThatThrownBy(() -> Store.open(target, Clock.systemUTC())).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot connect").hasMessageContaining(server.user())
                .hasMessageNotContaining("not-the-password");
        assertThat(target.toString()).doesNotContain("not-the-password");
    }
}
