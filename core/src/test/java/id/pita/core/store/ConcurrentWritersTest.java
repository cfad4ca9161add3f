package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.testing.TestStores;

/** Many threads writing at once queue on the store's writer, never on SQLite (no SQLITE_BUSY). */
class ConcurrentWritersTest {
    static final int THREADS = 8;
    static final int BATCHES = 200;
    static final int PER_BATCH = 3;
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @TempDir
    Path dir;

    @Test
    void eightThreadsOfTwoHundredBatchesAllLandWithoutBusyErrors() throws Exception {
        try (var store = TestStores.open(dir)) {
            store.districts().save(TestDistricts.small());
            var pool = Executors.newFixedThreadPool(THREADS + 1);
            var futures = new ArrayList<Future<Integer>>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(writer(store, t)));
            }
            // A reader alongside, as the dashboard would be.
            Future<Integer> reader = pool.submit(() -> {
                int reads = 0;
                while (futures.stream().anyMatch(f -> !f.isDone())) {
                    store.sessions().online();
                    reads++;
                }
                return reads;
            });
            for (var f : futures) {
                assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(BATCHES * PER_BATCH);
            }
            assertThat(reader.get(120, TimeUnit.SECONDS)).isPositive();
            pool.shutdown();

            int raw = store.read(h -> h.createQuery("SELECT COUNT(*) FROM accounting").mapTo(Integer.class).one());
            assertThat(raw).isEqualTo(THREADS * BATCHES * PER_BATCH);
            assertThat(store.sessions().online()).hasSize(THREADS * BATCHES);
            long bytes = store.usage().forSite("taman", T0.minusSeconds(3600), T0.plusSeconds(7200)).stream()
                    .mapToLong(UsageHour::totalBytes).sum();
            assertThat(bytes).isEqualTo((long) THREADS * BATCHES * 300);
        }
    }

    private static Callable<Integer> writer(Store store, int thread) {
        return () -> {
            int fresh = 0;
            for (int b = 0; b < BATCHES; b++) {
                var id = "t" + thread + "-b" + b;
                List<AccountingRecord> batch = List.of(
                        rec(id, AcctStatus.START, 0, T0),
                        rec(id, AcctStatus.INTERIM_UPDATE, 100, T0.plusSeconds(60)),
                        rec(id, AcctStatus.INTERIM_UPDATE, 150, T0.plusSeconds(120)));
                fresh += store.accounting().apply(batch);
            }
            return fresh;
        };
    }

    private static AccountingRecord rec(String id, AcctStatus status, long bytes, Instant at) {
        // one phone per session: a new Start for a MAC would close that MAC's earlier session at the gateway
        int n = Math.abs(id.hashCode());
        var mac = String.format("AA:BB:CC:%02X:%02X:%02X", (n >> 16) & 0xFF, (n >> 8) & 0xFF, n & 0xFF);
        return new AccountingRecord("gw-taman", id, status, "", mac, "10.9.0.1", bytes, bytes, 0, "", at);
    }
}
