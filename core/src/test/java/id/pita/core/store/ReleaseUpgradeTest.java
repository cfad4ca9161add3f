package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a database made by release 0.1 ({@code fixtures/pita-0.1.db}: schema V001, the Paser demo, sessions,
 * accounting, usage, pushes, boosts, vouchers, audit, made by {@code ReleaseFixtureMaker} on that release): this
 * version opens it, applies every newer migration, and every row of every 0.1 table reads back unchanged.
 */
class ReleaseUpgradeTest {
    static final String FIXTURE = "fixtures/pita-0.1.db";
    static final Instant T0 = Instant.parse("2026-11-30T01:00:00Z");

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void copyFixture() throws IOException {
        db = dir.resolve("pita.db");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FIXTURE)) {
            Files.copy(in, db);
        }
    }

    @Test
    void opensUpgradesAndReadsEveryRowBack() throws Exception {
        var before = dump(db);
        assertThat(before.get("schema_version")).hasSize(1);
        assertThat(before.keySet()).contains("district", "site", "gateway", "session", "accounting", "usage_hourly",
                "push_result", "boost", "voucher", "audit_log", "app_user", "holiday");

        try (var store = Store.open(db)) {
            assertThat(store.appliedVersions()).containsExactlyElementsOf(
                    Migrations.ALL.stream().map(Migrations.Migration::version).toList());
            // Through the repositories, as the running code reads them.
            var paser = store.districts().load("paser").orElseThrow();
            assertThat(paser.sites()).hasSize(55);
            assertThat(paser.gateways()).hasSize(55);
            var g0 = paser.gateways().get(0).id();
            var g1 = paser.gateways().get(1).id();
            var ended = store.sessions().byKey(g0 + "/fx-0").orElseThrow();
            assertThat(ended.downloadBytes()).isEqualTo(90_000);
            assertThat(store.sessions().byKey(g1 + "/fx-1").orElseThrow().lastPushed().down()).isEqualTo(10_000_000);
            assertThat(store.sessions().online()).hasSize(3);
            assertThat(store.usage().between(T0.minusSeconds(3600), T0.plusSeconds(86_400)))
                    .hasSize(before.get("usage_hourly").size());
            assertThat(store.pushes().recent(10)).hasSize(2);
            assertThat(store.boosts().bySite(paser.sites().get(0).code())).singleElement()
                    .satisfies(b -> assertThat(b.decidedBy()).isEqualTo("admin"));
            assertThat(store.boosts().pending()).hasSize(1);
        }
        var after = dump(db);
        // Secrets were plaintext in 0.1 and are sealed now (SecretBox): compared opened, below, not raw.
        var sealed = Map.of("gateway", List.of("secret", "portal_secret"), "site", List.of("password"));
        for (var table : before.keySet()) {
            if (table.equals("schema_version")) {
                continue;
            }
            var drop = sealed.getOrDefault(table, List.of());
            assertThat(without(project(after.get(table), before.get(table)), drop)).as(table)
                    .containsExactlyElementsOf(without(before.get(table), drop));
        }
        for (var row : after.get("gateway")) {
            var secret = (String) row.get("secret");
            assertThat(secret.isEmpty() || secret.startsWith(SecretBox.PREFIX)).as(secret).isTrue();
        }
        try (var store = Store.open(db)) {
            var opened = store.districts().load("paser").orElseThrow().gateways();
            assertThat(opened).extracting(id.pita.core.district.Gateway::secret).containsExactlyInAnyOrderElementsOf(
                    before.get("gateway").stream().map(r -> (String) r.get("secret")).toList());
        }
        // The 0.1 row got the checksum of V001 recorded.
        var v1 = after.get("schema_version").get(0);
        assertThat(v1.get("checksum")).isEqualTo(Migrations.checksum(Migrations.resource("V001__initial.sql")));
        assertThat(v1.get("applied_at_ms")).isEqualTo(before.get("schema_version").get(0).get("applied_at_ms"));
    }

    @Test
    void aReadOnlyCheckSaysWhatOpeningWouldDo() throws Exception {
        var before = dump(db);
        var check = SchemaCheck.of(db);
        assertThat(check.exists()).isTrue();
        assertThat(check.applied()).containsExactly(1);
        assertThat(check.pending()).isEqualTo(Migrations.ALL.stream().map(Migrations.Migration::version)
                .filter(v -> v != 1).toList());
        assertThat(check.tooNew()).isFalse();
        assertThat(dump(db)).as("read-only").isEqualTo(before);
        assertThat(SchemaCheck.of(dir.resolve("none.db")).exists()).isFalse();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (999, 'V999__future.sql', 0)");
        }
        assertThat(SchemaCheck.of(db).unknown()).containsExactly(999);
        assertThat(SchemaCheck.of(db).tooNew()).isTrue();
    }

    @Test
    void aShippedMigrationThatChangedIsRefusedNamingIt() throws Exception {
        try (var store = Store.open(db)) {
            store.writeVoid(h -> h.execute("UPDATE schema_version SET checksum = 'f00d' || substr(checksum, 5) "
                    + "WHERE version = 1"));
        }
        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("migration V001__initial.sql has changed since it was applied")
                .hasMessageContaining("must never be edited");
    }

    @Test
    void aDatabaseFromANewerPitaIsRefusedAndLeftAlone() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (999, 'V999__future.sql', 0)");
        }
        var before = dump(db);
        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(SchemaTooNewException.class)
                .hasMessageContaining("was made by a newer version of Pita (schema versions [999] unknown here")
                .hasMessageContaining("nothing was changed");
        var after = dump(db);
        assertThat(after.get("schema_version")).hasSize(2);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.get("accounting")).isEqualTo(before.get("accounting"));
    }

    /** Every row of every table, column name to value, in rowid order (or key order for WITHOUT ROWID tables). */
    static Map<String, List<Map<String, Object>>> dump(Path file) throws SQLException {
        var out = new LinkedHashMap<String, List<Map<String, Object>>>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            var tables = new ArrayList<String>();
            try (var rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (var t : tables) {
                var rows = new ArrayList<Map<String, Object>>();
                try (var rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY 1, 2")) {
                    var meta = rs.getMetaData();
                    while (rs.next()) {
                        var row = new LinkedHashMap<String, Object>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.put(meta.getColumnName(i), rs.getObject(i));
                        }
                        rows.add(row);
                    }
                }
                out.put(t, rows);
            }
        }
        return out;
    }

    static List<Map<String, Object>> without(List<Map<String, Object>> rows, List<String> columns) {
        return rows.stream().map(r -> {
            var p = new LinkedHashMap<>(r);
            columns.forEach(p::remove);
            return (Map<String, Object>) p;
        }).toList();
    }

    /** {@code rows} with only the columns the old rows have (a migration may add columns). */
    static List<Map<String, Object>> project(List<Map<String, Object>> rows, List<Map<String, Object>> like) {
        if (rows == null || like.isEmpty()) {
            return rows;
        }
        var columns = like.get(0).keySet();
        return rows.stream().map(r -> {
            var p = new LinkedHashMap<String, Object>();
            columns.forEach(col -> p.put(col, r.get(col)));
            return (Map<String, Object>) p;
        }).toList();
    }
}
