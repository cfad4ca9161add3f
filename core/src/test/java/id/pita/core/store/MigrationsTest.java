package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void migrationsApplyOnceAndReopenSkipsThem() {
        var file = dir.resolve("nested/data/pita.db");
        var versions = Migrations.ALL.stream().map(Migrations.Migration::version).toList();
        try (var store = Store.open(file, Clock.fixed(Instant.ofEpochMilli(1000), ZoneOffset.UTC))) {
            assertThat(store.appliedVersions()).containsExactlyInAnyOrderElementsOf(versions).contains(1);
        }
        try (var store = Store.open(file, Clock.fixed(Instant.ofEpochMilli(2000), ZoneOffset.UTC))) {
            assertThat(store.appliedVersions()).containsExactlyInAnyOrderElementsOf(versions);
            var appliedAt = store.read(h -> h.createQuery("SELECT applied_at_ms FROM schema_version")
                    .mapTo(Long.class).list());
            assertThat(appliedAt).hasSize(versions.size()).containsOnly(1000L);
        }
    }

    @Test
    void createsEveryTableIncludingTheConsoleOnes() {
        try (var store = Store.open(dir.resolve("pita.db"))) {
            var tables = store.read(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'")
                    .mapTo(String.class).list());
            assertThat(tables).contains("district", "site", "gateway", "weekly_hours", "hours_break", "ramadan_period",
                    "holiday", "day_exception", "regime_policy", "citizen_plan", "boost", "session", "accounting",
                    "push_result", "usage_hourly", "app_user", "audit_log", "voucher", "schema_version");
        }
    }

    @Test
    void opensWithWalForeignKeysAndFullSync() {
        try (var store = Store.open(dir.resolve("pita.db"))) {
            String journal = store.read(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
            int foreignKeys = store.read(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
            int synchronous = store.read(h -> h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one());
            int busy = store.read(h -> h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one());
            assertThat(journal).isEqualTo("wal");
            assertThat(foreignKeys).isEqualTo(1);
            assertThat(synchronous).isEqualTo(2);
            assertThat(busy).isEqualTo(Store.BUSY_TIMEOUT_MS);
        }
    }

    @Test
    void refusesInMemoryDatabaseWithAClearMessage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Store.open("jdbc:sqlite::memory:"))
                .isInstanceOf(StoreException.class).hasMessageContaining("in-memory");
    }

    @Test
    void splitsScriptsAtLineEndingSemicolonsAndDropsComments() {
        assertThat(Migrations.statements("-- c\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n y INT\n);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n y INT\n)");
    }
}
