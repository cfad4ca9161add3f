package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.testing.PropertyCheck;

/**
 * The accounting writer that remembers open sessions' counters (SQLite's, {@link AccountingBatch}) must leave the
 * store exactly as one that reads every session row first: the same sessions, raw rows, hourly usage and count of
 * new records, for any sequence of Starts, interims (also late, older ones), Stops, retransmissions, address
 * changes, Accounting-On, sessions closed as stale, rows changed behind its back, failed (rolled-back) batches and
 * restarts of the store (memory lost).
 */
class RememberedCountersTest {
    static final Instant T0 = Instant.parse("2026-03-02T10:50:00Z");

    @TempDir
    Path dir;

    @Test
    void rememberingWriterStoresExactlyWhatTheReadingWriterStores() {
        PropertyCheck.forAll("remembered counters = read counters", 22, 8, RememberedCountersTest::script,
                script -> {
                    var remembering = run(dir.resolve("remembering-" + script.hashCode()), script, true);
                    var reading = run(dir.resolve("reading-" + script.hashCode()), script, false);
                    assertThat(remembering).isEqualTo(reading);
                });
    }

    @Test
    void anInterimOfARememberedSessionNeedsNoReadAndFindsTheRowChangedBehindItsBack() {
        try (var store = open(dir)) {
            var acct = store.accounting();
            acct.apply(List.of(rec("s1", AcctStatus.START, 0, 0, 0, "10.1.0.5")));
            acct.apply(List.of(rec("s1", AcctStatus.INTERIM_UPDATE, 100, 1_000, 60, "10.1.0.5")));
            assertThat(acct.remembered()).isEqualTo(1);
            // closed as stale, then its gateway speaks again: the remembered counters are no longer the row's truth
            store.sessions().closeStale(T0.plus(Duration.ofDays(1)), Duration.ofMinutes(15));
            store.write(h -> h.execute("UPDATE session SET download_bytes = 5000"));
            acct.apply(List.of(rec("s1", AcctStatus.INTERIM_UPDATE, 200, 6_000, 120, "10.1.0.5")));
            var s = store.sessions().byKey("gw-kantor/s1").orElseThrow();
            assertThat(s.downloadBytes()).isEqualTo(6_000);
            assertThat(s.online()).isTrue();
            long down = store.read(h -> h.createQuery("SELECT SUM(download_bytes) FROM usage_hourly")
                    .mapTo(Long.class).one());
            assertThat(down).as("growth from the row's 5000, not the remembered 1000").isEqualTo(1_000 + 1_000);
        }
    }

    @Test
    void aFailedBatchForgetsWhatItRemembered() {
        try (var store = open(dir)) {
            var acct = store.accounting();
            acct.apply(List.of(rec("s1", AcctStatus.START, 0, 0, 0, "10.1.0.5")));
            assertThatThrownBy(() -> acct.apply(List.of(rec("s1", AcctStatus.INTERIM_UPDATE, 100, 1_000, 60,
                    "10.1.0.5"), rec("boom", AcctStatus.START, 0, 0, 0, "10.1.0.6")))).hasMessageContaining("boom");
            acct.apply(List.of(rec("s1", AcctStatus.INTERIM_UPDATE, 100, 1_000, 60, "10.1.0.5")));
            assertThat(store.sessions().byKey("gw-kantor/s1").orElseThrow().downloadBytes()).isEqualTo(1_000);
            long down = store.read(h -> h.createQuery("SELECT SUM(download_bytes) FROM usage_hourly")
                    .mapTo(Long.class).one());
            assertThat(down).isEqualTo(1_000);
        }
    }

    private static AccountingRecord rec(String id, AcctStatus status, long up, long down, long secs, String ip) {
        return rec(id, status, up, down, secs, ip, T0.plusSeconds(secs));
    }

    private static AccountingRecord rec(String id, AcctStatus status, long up, long down, long secs, String ip,
                                        Instant at) {
        return new AccountingRecord("gw-kantor", id, status, "kantor", "AA:BB:CC:DD:EE:01", ip, up, down, secs,
                status == AcctStatus.STOP ? "User-Request" : "", at);
    }

    /** One step of a script: a batch of records, or something else happening to the store. */
    sealed interface Step {
    }

    record Batch(List<AccountingRecord> records) implements Step {
    }

    /** Sessions silent for 10 minutes before {@code at} are closed as stale. */
    record Stale(Instant at) implements Step {
    }

    /** Another writer (a second node, an operator) changes a session's counters. */
    record Behind(String acctSessionId, long down) implements Step {
    }

    record Restart() implements Step {
    }

    /** A batch that fails half-way (a trigger aborts it): nothing of it is stored. */
    record Failing(List<AccountingRecord> records) implements Step {
    }

    private static List<Step> script(Random random) {
        var steps = new ArrayList<Step>();
        var sent = new ArrayList<AccountingRecord>();
        int n = PropertyCheck.between(random, 4, 16);
        var at = T0;
        for (int i = 0; i < n; i++) {
            at = at.plusSeconds(PropertyCheck.between(random, 1, 400)); // received in order, counters in any order
            int kind = random.nextInt(20);
            if (kind == 0) {
                steps.add(new Stale(at));
            } else if (kind == 1) {
                steps.add(new Behind("s" + random.nextInt(4), PropertyCheck.between(random, 0, 50_000)));
            } else if (kind == 2) {
                steps.add(new Restart());
            } else {
                var batch = new ArrayList<AccountingRecord>();
                int size = PropertyCheck.between(random, 1, 5);
                for (int j = 0; j < size; j++) {
                    if (!sent.isEmpty() && random.nextInt(6) == 0) {
                        batch.add(sent.get(random.nextInt(sent.size()))); // a retransmission
                        continue;
                    }
                    var status = random.nextInt(12) == 0
                            ? PropertyCheck.oneOf(random, AcctStatus.ACCOUNTING_ON, AcctStatus.STOP, AcctStatus.START)
                            : PropertyCheck.oneOf(random, AcctStatus.START, AcctStatus.INTERIM_UPDATE,
                                    AcctStatus.INTERIM_UPDATE, AcctStatus.INTERIM_UPDATE);
                    long secs = status == AcctStatus.START && random.nextBoolean()
                            ? 0 : PropertyCheck.between(random, 0, 3_000);
                    long up = status == AcctStatus.START && secs == 0 ? 0 : PropertyCheck.between(random, 0, 9) * 1_000;
                    long down = up * 7;
                    var ip = PropertyCheck.oneOf(random, "10.1.0.5", "10.1.0.5", "10.1.0.6", "");
                    var r = rec("s" + random.nextInt(4), status, up, down, secs, ip, at);
                    batch.add(r);
                    sent.add(r);
                }
                steps.add(kind == 3 ? new Failing(batch) : new Batch(batch));
            }
        }
        return steps;
    }

    /** What the store holds after the script, and how many records each batch called new. */
    record Outcome(List<Map<String, Object>> sessions, List<Map<String, Object>> raw, List<Map<String, Object>> usage,
                   List<Integer> fresh) {
    }

    private Outcome run(Path dir, List<Step> script, boolean remember) {
        var fresh = new ArrayList<Integer>();
        var store = open(dir);
        try {
            for (var step : script) {
                var writer = remember ? store.accounting() : new AccountingStore(store, false);
                if (step instanceof Batch b) {
                    fresh.add(writer.applyUnsynced(b.records())); // the fsync is not what this is about
                } else if (step instanceof Failing f) {
                    var records = new ArrayList<>(f.records());
                    records.add(rec("boom", AcctStatus.START, 0, 0, 0, ""));
                    assertThatThrownBy(() -> writer.applyUnsynced(records)).hasMessageContaining("boom");
                } else if (step instanceof Stale s) {
                    fresh.add(store.sessions().closeStale(s.at(), Duration.ofMinutes(10)));
                } else if (step instanceof Behind b) {
                    fresh.add(store.write(h -> h.createUpdate("UPDATE session SET download_bytes = :d "
                            + "WHERE acct_session_id = :s").bind("d", b.down()).bind("s", b.acctSessionId()).execute()));
                } else {
                    store.close();
                    store = open(dir);
                }
            }
            var s = store;
            return new Outcome(
                    s.read(h -> h.createQuery("SELECT * FROM session ORDER BY gateway_id, acct_session_id")
                            .mapToMap().list()),
                    s.read(h -> h.createQuery("SELECT gateway_id, acct_session_id, status, site_code, upload_bytes, "
                            + "download_bytes, session_seconds, ip, received_ms, dedup_ms FROM accounting ORDER BY id")
                            .mapToMap().list()),
                    s.read(h -> h.createQuery("SELECT * FROM usage_hourly ORDER BY site_code, hour_start_ms")
                            .mapToMap().list()),
                    fresh);
        } finally {
            store.close();
        }
    }

    /**
     * A SQLite file (only SQLite's writer remembers: PostgreSQL's writes take a pooled connection each) with the
     * district and a trigger that fails any batch holding a record of session {@code boom}; a copy of one made
     * once, as migrating a new file for each run made this test slow.
     */
    private Store open(Path dir) {
        try {
            var file = dir.resolve("pita.db");
            if (!Files.exists(file)) {
                var template = this.dir.resolve("template");
                if (!Files.exists(template)) {
                    try (var store = Store.open(template.resolve("pita.db"))) {
                        store.districts().save(TestDistricts.small());
                        store.write(h -> h.execute("CREATE TRIGGER boom BEFORE INSERT ON accounting WHEN "
                                + "NEW.acct_session_id = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END"));
                    }
                }
                Files.createDirectories(dir);
                for (var name : List.of("pita.db", SecretBox.KEY_FILE)) {
                    Files.copy(template.resolve(name), dir.resolve(name));
                }
            }
            return Store.open(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
