package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What backup and restore refuse: nothing is overwritten or put in place that this Pita could not use. */
class BackupsTest {
    @TempDir
    Path dir;

    Path database() {
        var data = dir.resolve("pita.db");
        try (var store = Store.open(data)) {
            store.districts().save(TestDistricts.small());
        }
        return data;
    }

    @Test
    void anExistingTargetIsNeverOverwritten() throws Exception {
        var data = database();
        var target = Files.writeString(dir.resolve("b.db"), "keep me");
        assertThatThrownBy(() -> Backups.backup(data, target)).hasMessageContaining("exists already; not overwritten");
        assertThat(Files.readString(target)).isEqualTo("keep me");
        assertThatThrownBy(() -> Backups.backup(dir.resolve("none.db"), dir.resolve("c.db")))
                .hasMessageContaining("no database at");
        assertThat(dir.resolve("c.db")).doesNotExist();
    }

    @Test
    void aBrokenOrForeignOrNewerBackupIsNotRestoredAndTheDatabaseStays() throws Exception {
        var data = database();
        var before = Files.readAllBytes(data);
        var junk = Files.writeString(dir.resolve("junk.db"), "not a database at all, just text ".repeat(100));
        assertThatThrownBy(() -> Backups.restore(junk, data)).isInstanceOf(StoreException.class);
        var foreign = dir.resolve("foreign.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + foreign); var s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INT)");
        }
        assertThatThrownBy(() -> Backups.restore(foreign, data)).hasMessageContaining("is not a Pita database");
        var newer = dir.resolve("newer.db");
        Backups.backup(data, newer);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + newer); var s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (999, 'V999__x.sql', 0)");
        }
        assertThatThrownBy(() -> Backups.restore(newer, data)).isInstanceOf(SchemaTooNewException.class);
        assertThat(Files.readAllBytes(data)).isEqualTo(before);
        assertThat(dir.resolve("pita.db.before-restore")).doesNotExist();
    }
}
