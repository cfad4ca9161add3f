package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;

/** The group commit's pipeline: a transaction committed without fsync, made durable by {@link Store#sync()}. */
class StoreSyncTest {
    private static final int FULL = 2;

    @TempDir
    Path dir;

    @Test
    void anUnsyncedWriteIsCommittedAndTheWriterGoesBackToFullSync() {
        try (var store = Store.open(dir.resolve("pita.db"))) {
            assertThat(store.writerSynchronous()).isEqualTo(FULL);
            var rec = new AccountingRecord("gw-x", "s1", AcctStatus.INTERIM_UPDATE, "u", "", "", 1, 2, 3, "",
                    java.time.Instant.parse("2026-12-01T02:00:00Z"));
            assertThat(store.accounting().applyUnsynced(List.of(rec))).isEqualTo(1);
            // committed: another connection sees it before any sync
            int rows = store.read(h -> h.createQuery("SELECT COUNT(*) FROM accounting").mapTo(Integer.class).one());
            assertThat(rows)
                    .isEqualTo(1);
            assertThat(store.writerSynchronous()).isEqualTo(FULL);
            assertThat(Files.exists(dir.resolve("pita.db-wal"))).isTrue();
            store.sync();
            store.sync(); // the WAL channel is kept open and reused
        }
    }

    @Test
    void aTransactionThatFailsStillLeavesTheWriterAtFullSync() {
        try (var store = Store.open(dir.resolve("pita.db"))) {
            assertThatThrownBy(() -> store.writeUnsynced(h -> h.execute("INSERT INTO nowhere VALUES (1)")))
                    .isInstanceOf(RuntimeException.class);
            assertThat(store.writerSynchronous()).isEqualTo(FULL);
        }
    }

    @Test
    void aSyncWithoutItsWalFileSaysSo() throws Exception {
        try (var store = Store.open(dir.resolve("pita.db"))) {
            store.writeVoid(h -> h.execute("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (99, 't', 0)"));
            store.sync();
            // the WAL gone under Pita (a wrong clean-up): the sync fails instead of acknowledging as durable
            Files.move(dir.resolve("pita.db-wal"), dir.resolve("moved-wal"));
            store.closeWalForTest();
            assertThatThrownBy(store::sync).isInstanceOf(StoreException.class).hasMessageContaining("pita.db-wal");
            Files.move(dir.resolve("moved-wal"), dir.resolve("pita.db-wal"));
            store.sync();
        }
    }
}
