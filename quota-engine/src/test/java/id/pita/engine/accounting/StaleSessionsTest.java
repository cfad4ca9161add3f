package id.pita.engine.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.store.Store;
import id.pita.core.testing.MutableClock;
import id.pita.engine.access.TestDistricts;
import id.pita.engine.metrics.EngineMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stale sessions on a real SQLite store, time moved by a manual clock. */
class StaleSessionsTest {
    private static final String KEY = "gw-taman/8050005a";
    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T11:00:00Z"));
    private final EngineMetrics metrics = new EngineMetrics();
    private Store store;
    private StaleSessions stale;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("pita.db"));
        store.districts().save(TestDistricts.paser());
        stale = new StaleSessions(store, clock, () -> Duration.ofMinutes(5), metrics);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void accounting(AcctStatus status, long bytes) {
        store.accounting().apply(List.of(new AccountingRecord("gw-taman", "8050005a", status, "warga",
                "AA:BB:CC:DD:EE:01", "10.5.0.9", bytes, bytes, 0, "", clock.instant())));
    }

    @Test
    void sessionWithoutInterimForThreeIntervalsIsClosedAsStaleAndReopenedByALateInterim() {
        accounting(AcctStatus.START, 0);
        clock.advance(Duration.ofMinutes(14));
        assertThat(stale.sweep()).isZero();
        accounting(AcctStatus.INTERIM_UPDATE, 1_000);
        clock.advance(Duration.ofMinutes(15));
        assertThat(stale.sweep()).as("exactly 15 min of silence is not yet stale").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(stale.sweep()).isEqualTo(1);
        assertThat(store.sessions().online()).isEmpty();
        assertThat(store.sessions().stopReason(KEY)).contains("stale");
        assertThat(store.sessions().byKey(KEY).orElseThrow().stopped()).as("ended at its last accounting")
                .isEqualTo(Instant.parse("2026-11-23T11:14:00Z"));
        assertThat(metrics.radiusEvents().get("session-closed-stale")).isEqualTo(1);
        assertThat(stale.sweep()).as("closed once").isZero();

        accounting(AcctStatus.INTERIM_UPDATE, 2_000);
        assertThat(store.sessions().online()).extracting(s -> s.key()).containsExactly(KEY);
        assertThat(store.sessions().stopReason(KEY)).contains("");
    }

    @Test
    void stopAndAccountingOnRecordTheirReason() {
        accounting(AcctStatus.START, 0);
        accounting(AcctStatus.STOP, 500);
        assertThat(store.sessions().stopReason(KEY)).contains("stop");
        store.accounting().apply(List.of(new AccountingRecord("gw-taman", "8050005b", AcctStatus.START, "warga",
                "AA:BB:CC:DD:EE:02", "10.5.0.8", 0, 0, 0, "", clock.instant())));
        clock.advance(Duration.ofSeconds(5));
        store.accounting().apply(List.of(new AccountingRecord("gw-taman", "", AcctStatus.ACCOUNTING_ON, "", "", "",
                0, 0, 0, "", clock.instant())));
        assertThat(store.sessions().online()).isEmpty();
        assertThat(store.sessions().stopReason("gw-taman/8050005b")).contains("accounting-on");
        assertThat(store.sessions().stopReason(KEY)).as("already stopped: kept").contains("stop");
    }
}
