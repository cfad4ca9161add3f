package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database holds secrets and personal data: a new one is the owner's only, whatever the umask. */
class StoreFilePermissionsTest {
    @Test
    void aNewDatabaseAndItsWalAreOwnerOnly(@TempDir Path dir) throws Exception {
        var file = dir.resolve("pita.db");
        try (var store = Store.open(file)) {
            store.districts().save(TestDistricts.small());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("pita.db-wal"))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void theStoreLockRefusesASecondHolder(@TempDir Path dir) {
        var file = dir.resolve("pita.db");
        try (var lock = StoreLock.acquire(file)) {
            assertThat(StoreLock.inUse(file)).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoreLock.acquire(file))
                    .isInstanceOf(StoreInUseException.class).hasMessageContaining("in use by a running Pita");
        }
        assertThat(StoreLock.inUse(file)).isFalse();
    }
}
