package id.pita.core.store;

import static id.pita.core.store.AccountingStoreTest.rec;
import static id.pita.core.store.AccountingStoreTest.withMac;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.district.Bandwidth;
import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.testing.MutableClock;
import id.pita.core.testing.TestStores;

/**
 * Retention by policy, on a clock: sessions, raw accounting and push results older than 90 days go, the hourly
 * usage they were rolled up into stays, and everything newer is untouched.
 */
class RecordRetentionTest {
    static final Instant OLD = Instant.parse("2026-08-01T02:00:00Z");
    static final Duration KEEP = Duration.ofDays(90);

    @TempDir
    Path dir;
    Store store;
    final MutableClock clock = MutableClock.at(OLD);

    @BeforeEach
    void open() {
        store = TestStores.open(dir, clock);
        store.districts().save(TestDistricts.small());
    }

    @AfterEach
    void close() {
        store.close();
    }

    int devices;

    /** One session of its own device: a new Start for a MAC closes that MAC's open session at the gateway. */
    void session(String id, Instant start, boolean stop) {
        var mac = String.format("AA:BB:CC:DD:EE:%02X", ++devices);
        var batch = new ArrayList<AccountingRecord>(List.of(
                withMac(rec("gw-kantor", id, AcctStatus.START, 0, 0, 0, start), mac),
                withMac(rec("gw-kantor", id, AcctStatus.INTERIM_UPDATE, 1_000, 50_000, 600, start.plusSeconds(600)),
                        mac)));
        if (stop) {
            batch.add(withMac(rec("gw-kantor", id, AcctStatus.STOP, 2_000, 80_000, 1200, start.plusSeconds(1200)),
                    mac));
        }
        store.accounting().apply(batch);
        store.pushes().record(new PushResult("gw-kantor", "gw-kantor/" + id, PushResult.Kind.COA,
                Bandwidth.mbps(2, 1), PushResult.Outcome.ACK, 0, 1, start.plusSeconds(5)));
    }

    long count(String table) {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Test
    void rowsOlderThanThePeriodAreRemovedAndTheirUsageStays() {
        session("old-ended", OLD, true);
        session("old-silent", OLD.plusSeconds(3600), false); // never stopped, silent since
        var recent = OLD.plus(Duration.ofDays(80));
        session("recent-ended", recent, true);
        var usageBefore = store.usage().between(OLD.minus(Duration.ofDays(1)), OLD.plus(Duration.ofDays(200)));
        assertThat(usageBefore).isNotEmpty();

        // 89 days later nothing is old enough yet.
        clock.set(OLD.plus(Duration.ofDays(89)));
        assertThat(store.retention().purgeOlderThan(clock.instant().minus(KEEP)).total()).isZero();
        assertThat(count("session")).isEqualTo(3);

        // 91 days after the old sessions: they go, the recent one (80 days later) stays.
        clock.set(OLD.plus(Duration.ofDays(91)));
        var purged = store.retention().purgeOlderThan(clock.instant().minus(KEEP));
        assertThat(purged).isEqualTo(new RecordRetention.Purged(2, 5, 2));
        assertThat(store.sessions().byKey("gw-kantor/old-ended")).isEmpty();
        assertThat(store.sessions().byKey("gw-kantor/old-silent")).isEmpty();
        assertThat(store.sessions().byKey("gw-kantor/recent-ended")).isPresent();
        assertThat(count("accounting")).isEqualTo(3);
        assertThat(count("push_result")).isEqualTo(1);
        assertThat(store.usage().between(OLD.minus(Duration.ofDays(1)), OLD.plus(Duration.ofDays(200))))
                .as("the hourly usage is kept").isEqualTo(usageBefore);

        // Again the same day: nothing more.
        assertThat(store.retention().purgeOlderThan(clock.instant().minus(KEEP)).total()).isZero();
    }

    @Test
    void largePurgesGoInBatches() {
        var batch = new ArrayList<AccountingRecord>();
        for (int i = 0; i < RecordRetention.BATCH * 2 + 7; i++) {
            batch.add(rec("gw-kantor", "s" + i, AcctStatus.START, 0, 0, 0, OLD.plusMillis(i)));
        }
        store.accounting().apply(batch);
        clock.set(OLD.plus(Duration.ofDays(100)));
        var purged = store.retention().purgeOlderThan(clock.instant().minus(KEEP));
        assertThat(purged.accounting()).isEqualTo(RecordRetention.BATCH * 2 + 7);
        assertThat(purged.sessions()).isEqualTo(RecordRetention.BATCH * 2 + 7);
        assertThat(count("accounting")).isZero();
    }

    /**
     * A fast clock moves while the purge runs (a simulated year: one real second is 14 simulated hours): rows that
     * aged out during a pass go in the same call, so none is left past the period by more than one pass's time.
     * With one cut-off read at the start (purgeOlderThan), the rows that aged out meanwhile stayed until the next run.
     */
    @Test
    void rowsThatAgeOutWhileThePurgeRunsGoInTheSameCall() {
        var batch = new ArrayList<AccountingRecord>();
        for (int h = 0; h < 24 * 10; h++) {
            batch.add(rec("gw-kantor", "h" + h, AcctStatus.START, 0, 0, 0, OLD.plus(Duration.ofHours(h))));
        }
        store.accounting().apply(batch);
        clock.set(OLD.plus(KEEP).plus(Duration.ofDays(2)));
        // Every read of the cut-off is 6 simulated hours after the one before, as if each pass took that long.
        var purged = store.retention().purgeUntilCaughtUp(() -> {
            clock.set(clock.instant().plus(Duration.ofHours(6)));
            return clock.instant().minus(KEEP);
        });
        long oldest = store.read(h -> h.createQuery("SELECT MIN(received_ms) FROM accounting").mapTo(Long.class)
                .one());
        var cutNow = clock.instant().minus(KEEP);
        assertThat(Duration.between(Instant.ofEpochMilli(oldest), cutNow))
                .as("oldest row left against the cut-off at the end").isLessThanOrEqualTo(Duration.ofHours(6));
        assertThat(purged.accounting()).isGreaterThan(2 * 24 + 6);

        // Bounded: a clock that never lets it catch up ends after MAX_PASSES passes.
        int[] reads = {0};
        store.retention().purgeUntilCaughtUp(() -> {
            reads[0]++;
            clock.set(clock.instant().plus(Duration.ofHours(1)));
            return clock.instant().minus(KEEP);
        });
        assertThat(reads[0]).isLessThanOrEqualTo(RecordRetention.MAX_PASSES);
    }
}
