package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.store.Backups;
import id.pita.core.store.Store;
import id.pita.portal.cli.PitaCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installation commands on a real store and a real running Pita: import, export, backup and restore,
 * the refusals while Pita holds the database (exit 3), and serve refusing a newer Pita's database.
 */
class StoreCommandsIT {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result pita(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = PitaCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path config(Path dataFile) throws Exception {
        var file = dir.resolve("pita.yaml");
        Files.writeString(file, "dataFile: " + dataFile + "\nbackup: {dir: " + dir.resolve("backups") + "}\n"
                + "radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0}\n"
                + "web: {host: 127.0.0.1, port: 0}\n");
        return file;
    }

    static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void importExportBackupAndRestoreOnAStoppedInstallation() throws Exception {
        var data = dir.resolve("var/pita.db");
        var cfg = config(data).toString();
        var paser = new String(getClass().getClassLoader().getResourceAsStream("districts/paser.yaml").readAllBytes(),
                StandardCharsets.UTF_8).replace("name: \"Kabupaten Paser\"", "name: \"Kabupaten Paser (uji)\"");
        var file = dir.resolve("paser.yaml");
        Files.writeString(file, paser);

        var imported = pita("import", "--config", cfg, file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Diimpor: Kabupaten Paser (uji) (paser, 55 lokasi, 55 gateway)");

        var exported = dir.resolve("export.yaml");
        var export = pita("export", "--config", cfg, "--out", exported.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(perms(exported)).isEqualTo("rw-------");
        assertThat(Files.readString(exported)).contains("name: Kabupaten Paser (uji)");
        assertThat(pita("export", "--config", cfg, "--out", exported.toString()).code()).isEqualTo(2);

        var backup = pita("backup", "--config", cfg, "--lang", "en");
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backup written: " + dir.resolve("backups"));
        Path backupFile;
        try (var files = Files.list(dir.resolve("backups"))) {
            backupFile = files.filter(p -> p.getFileName().toString().matches("pita-\\d{8}-\\d{6}\\.db"))
                    .findFirst().orElseThrow();
        }
        assertThat(perms(backupFile)).isEqualTo("rw-------");

        // A change after the backup, then the restore takes it back.
        Files.writeString(file, paser.replace("(uji)", "(diubah)"));
        assertThat(pita("import", "--config", cfg, file.toString()).code()).isZero();
        var restored = pita("restore", "--config", cfg, backupFile.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(perms(data)).isEqualTo("rw-------");
        assertThat(Backups.integrityProblems(data)).isEmpty();
        assertThat(Files.exists(data.resolveSibling("pita.db.before-restore"))).isTrue();
        try (var store = Store.open(data)) {
            assertThat(store.districts().load("paser").orElseThrow().name()).isEqualTo("Kabupaten Paser (uji)");
        }
        // The exported file imports back.
        assertThat(pita("import", "--config", cfg, exported.toString()).code()).isZero();
    }

    @Test
    void restoreAndImportAreRefusedWhileAPitaHoldsTheDatabase() throws Exception {
        try (var running = new TestPita(dir)) {
            var data = running.pita.config().dataFile();
            var cfg = config(data).toString();
            var backup = dir.resolve("b.db");
            var online = pita("backup", "--config", cfg, backup.toString());
            assertThat(online.code()).as(online.err()).isZero();

            var check = pita("check", "--config", cfg);
            assertThat(check.code()).as(check.err()).isZero();
            assertThat(check.out()).contains("Basis data " + data + ": OK (skema ").contains(", terbaru, sedang dipakai "
                    + "Pita yang berjalan)");
            var schedule = running.pita.backups().orElseThrow();
            assertThat(schedule.next()).as("02:00 WITA after Tuesday 10:00")
                    .isEqualTo(java.time.Instant.parse("2026-11-24T18:00:00Z"));
            var restore = pita("restore", "--config", cfg, backup.toString());
            assertThat(restore.code()).isEqualTo(3);
            assertThat(restore.err()).startsWith("pita restore: basis data " + data + " sedang dipakai Pita yang "
                    + "berjalan; hentikan dulu").hasLineCount(1);
            var imported = pita("import", "--config", cfg, "--lang", "en", dir.resolve("none.yaml").toString());
            assertThat(imported.code()).as("the file is read first").isEqualTo(2);
            Files.writeString(dir.resolve("d.yaml"), DistrictYamlOf.paser());
            var refused = pita("import", "--config", cfg, "--lang", "en", dir.resolve("d.yaml").toString());
            assertThat(refused.code()).isEqualTo(3);
            assertThat(refused.err()).contains("is in use by a running Pita");
        }
    }

    @Test
    void serveRefusesADatabaseFromANewerPitaWithExitThree() throws Exception {
        var data = dir.resolve("pita.db");
        try (var store = Store.open(data)) {
            store.writeVoid(h -> h.execute("INSERT INTO schema_version (version, name, applied_at_ms) "
                    + "VALUES (9999, 'V9999__future.sql', 0)"));
        }
        var check = pita("check", "--config", config(data).toString());
        assertThat(check.code()).isEqualTo(3);
        assertThat(check.err()).startsWith("pita check: basis data " + data + " dibuat oleh Pita yang lebih baru "
                + "(versi skema [9999] tidak dikenal");
        var r = pita("serve", "--config", config(data).toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("pita serve: tidak dapat mulai: the database ")
                .contains("was made by a newer version of Pita (schema versions [9999] unknown here").hasLineCount(1);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + data); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM district")) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing imported").isZero();
        }
    }

    /** The demo's text, for a valid file to import. */
    static final class DistrictYamlOf {
        static String paser() throws Exception {
            return new String(StoreCommandsIT.class.getClassLoader().getResourceAsStream("districts/paser.yaml")
                    .readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
