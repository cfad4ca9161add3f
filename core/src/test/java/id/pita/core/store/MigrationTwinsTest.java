package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.testing.PostgresServer;

/**
 * Every migration has its PostgreSQL twin (db/postgresql/, same file name), and the two databases end with the same
 * tables and the same columns, each of the same kind (text, integer, boolean, real) and nullability, read from
 * each database's own catalogue ({@code pragma_table_info} against {@code information_schema.columns}).
 */
class MigrationTwinsTest {
    @TempDir
    Path dir;

    @Test
    void everyMigrationHasAPostgresqlTwin() {
        for (var m : Migrations.ALL) {
            var sqlite = Migrations.resource(Dialect.SQLITE, m.file());
            var pg = Migrations.resource(Dialect.POSTGRESQL, m.file());
            assertThat(Migrations.statements(pg)).as("statements of the twin of %s", m.file())
                    .hasSameSizeAs(Migrations.statements(sqlite));
        }
    }

    @Test
    void bothDatabasesEndWithTheSameTablesAndColumns() {
        var server = PostgresServer.shared();
        var clock = Clock.fixed(Instant.ofEpochMilli(5000), ZoneOffset.UTC);
        Map<String, Map<String, String>> onSqlite;
        try (var store = Store.open(dir.resolve("pita.db"), clock)) {
            onSqlite = store.read(MigrationTwinsTest::sqliteColumns);
        }
        var target = StoreTarget.postgres(server.createDatabase(), server.user(), server.password(),
                dir.resolve("pg-secrets.key"));
        Map<String, Map<String, String>> onPostgres;
        try (var store = Store.open(target, clock)) {
            assertThat(store.dialect()).isEqualTo(Dialect.POSTGRESQL);
            onPostgres = store.read(MigrationTwinsTest::postgresColumns);
        }
        assertThat(onSqlite).containsKeys("district", "session", "accounting", "schema_version");
        assertThat(onPostgres).isEqualTo(onSqlite);

        // Reopened: nothing applied again, and each version records the checksum of the twin it ran.
        try (var store = Store.open(target, Clock.fixed(Instant.ofEpochMilli(9000), ZoneOffset.UTC))) {
            var rows = store.read(h -> h.createQuery("SELECT version, name, applied_at_ms, checksum FROM schema_version")
                    .mapToMap().list());
            assertThat(rows).hasSize(Migrations.ALL.size());
            for (var row : rows) {
                assertThat(row.get("applied_at_ms")).isEqualTo(5000L);
                var file = (String) row.get("name");
                assertThat(row.get("checksum")).as(file)
                        .isEqualTo(Migrations.checksum(Migrations.resource(Dialect.POSTGRESQL, file)));
            }
        }
    }

    private static Map<String, Map<String, String>> sqliteColumns(Handle h) {
        var out = new TreeMap<String, Map<String, String>>();
        var tables = h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                .mapTo(String.class).list();
        for (var t : tables) {
            var cols = new TreeMap<String, String>();
            h.createQuery("SELECT name, type, \"notnull\", pk FROM pragma_table_info(:t)").bind("t", t)
                    .map((rs, ctx) -> {
                        boolean notNull = rs.getInt(3) == 1 || rs.getInt(4) > 0 && rs.getString(2).equals("INTEGER");
                        return Map.entry(rs.getString(1), kind(rs.getString(2)) + (notNull ? " not null" : ""));
                    })
                    .forEach(e -> cols.put(e.getKey(), e.getValue()));
            out.put(t, cols);
        }
        return out;
    }

    private static Map<String, Map<String, String>> postgresColumns(Handle h) {
        var out = new TreeMap<String, Map<String, String>>();
        h.createQuery("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                        + "WHERE table_schema = current_schema()")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2),
                        kind(rs.getString(3)) + ("NO".equals(rs.getString(4)) ? " not null" : "")})
                .forEach(r -> out.computeIfAbsent(r[0], k -> new TreeMap<>()).put(r[1], r[2]));
        return out;
    }

    /** The kind of a declared type, in either database's words. */
    private static String kind(String declared) {
        var t = declared.toLowerCase(Locale.ROOT);
        if (t.startsWith("varchar") || t.startsWith("character varying") || t.equals("text")) {
            return "text";
        }
        if (t.equals("integer") || t.equals("bigint") || t.equals("int") || t.equals("smallint")) {
            return "integer";
        }
        if (t.equals("boolean")) {
            return "boolean";
        }
        if (t.startsWith("double") || t.equals("real")) {
            return "real";
        }
        if (t.equals("blob") || t.equals("bytea")) {
            return "bytes";
        }
        return "other:" + t;
    }
}
