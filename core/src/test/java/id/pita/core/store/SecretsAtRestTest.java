package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.config.DistrictFiles;
import id.pita.core.district.District;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 7, on a real SQLite file: gateway secrets, uamsecrets/faskeys and office passwords are sealed
 * (AES-GCM, key in {@code secrets.key} beside the file), read back after a reopen, never appear in the file's
 * bytes; the files are 0600 and set back to 0600 when found open to others; 0.1's plaintext rows are sealed on
 * first open; a database whose key file went missing refuses to open rather than pretend.
 */
class SecretsAtRestTest {
    @TempDir
    Path dir;

    static List<String> secretsOf(District d) {
        var out = new ArrayList<String>();
        d.gateways().forEach(g -> {
            out.add(g.secret());
            out.add(g.portalSecret());
        });
        d.sites().forEach(s -> out.add(s.password()));
        out.removeIf(String::isEmpty);
        return out;
    }

    static String bytesOf(Path db) throws IOException {
        var sb = new StringBuilder();
        for (var suffix : List.of("", "-wal", "-shm")) {
            var f = Path.of(db + suffix);
            if (Files.exists(f)) {
                sb.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return sb.toString();
    }

    static String mode(Path f) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
    }

    @Test
    void secretsAreSealedInTheFileAndReadBackAfterAReopen() throws Exception {
        var paser = DistrictFiles.demo("paser");
        var secrets = secretsOf(paser);
        assertThat(secrets).hasSizeGreaterThan(50).contains("demo-psr-setda-secret");
        var db = dir.resolve("data").resolve("pita.db");
        try (var store = Store.open(db)) {
            store.districts().save(paser);
            var raw = bytesOf(db);
            assertThat(secrets).allSatisfy(s -> assertThat(raw).doesNotContain(s));
            assertThat(mode(db)).isEqualTo("rw-------");
            assertThat(mode(Path.of(db + "-wal"))).isEqualTo("rw-------");
            assertThat(mode(Path.of(db + "-shm"))).isEqualTo("rw-------");
        }
        assertThat(mode(SecretBox.keyFileFor(db))).isEqualTo("rw-------");
        assertThat(secrets).allSatisfy(s -> assertThat(bytesOf(db)).doesNotContain(s));
        try (var store = Store.open(db)) {
            assertThat(store.districts().load("paser")).contains(paser);
        }
    }

    @Test
    void aFileOpenToOthersIsSetBackTo0600() throws Exception {
        var db = dir.resolve("pita.db");
        Store.open(db).close();
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(SecretBox.keyFileFor(db), PosixFilePermissions.fromString("rw-rw-r--"));

        Store.open(db).close();

        assertThat(mode(db)).isEqualTo("rw-------");
        assertThat(mode(SecretBox.keyFileFor(db))).isEqualTo("rw-------");
    }

    @Test
    void plaintextSecretsFromRelease01AreSealedOnFirstOpen() throws Exception {
        var db = dir.resolve("pita.db");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ReleaseUpgradeTest.FIXTURE)) {
            Files.copy(in, db);
        }
        assertThat(bytesOf(db)).contains("demo-psr-setda-secret");

        District loaded;
        try (var store = Store.open(db)) {
            loaded = store.districts().load("paser").orElseThrow();
        }

        assertThat(loaded.gateway("psr-gw-setda").orElseThrow().secret()).isEqualTo("demo-psr-setda-secret");
        var raw = bytesOf(db);
        assertThat(secretsOf(loaded)).allSatisfy(s -> assertThat(raw).doesNotContain(s));
    }

    @Test
    void aMissingKeyFileStopsTheOpenInsteadOfMakingAKeyThatOpensNothing() throws Exception {
        var db = dir.resolve("pita.db");
        try (var store = Store.open(db)) {
            store.districts().save(DistrictFiles.demo("paser"));
        }
        Files.delete(SecretBox.keyFileFor(db));

        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("holds secrets sealed with a secrets.key that is not beside it");
    }

    @Test
    void aSecretMovedToAnotherRowDoesNotOpen() throws Exception {
        var db = dir.resolve("pita.db");
        try (var store = Store.open(db)) {
            store.districts().save(DistrictFiles.demo("paser"));
            store.writeVoid(h -> h.execute("UPDATE gateway SET secret = (SELECT secret FROM gateway WHERE id = "
                    + "'psr-gw-bappeda') WHERE id = 'psr-gw-setda'"));
            assertThatThrownBy(() -> store.districts().load("paser")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("does not open with secrets.key");
        }
    }
}
