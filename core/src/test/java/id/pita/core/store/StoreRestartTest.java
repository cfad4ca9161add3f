package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed without warning (SIGKILL, as a power cut would) loses nothing it acknowledged:
 * every batch reported committed is in the file when the store is opened again.
 */
class StoreRestartTest {
    static final int ACKED_BEFORE_KILL = 150;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedBatchSurvivesAKilledWriter() throws Exception {
        var db = dir.resolve("pita.db");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AccountingWriterMain.class.getName(), db.toString())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        int lastAcked = -1;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (lastAcked < ACKED_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastAcked = Integer.parseInt(line.substring("committed ".length()));
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastAcked).as("child wrote batches (see %s)", dir.resolve("child.err"))
                .isEqualTo(ACKED_BEFORE_KILL);

        try (var store = Store.open(db)) {
            String integrity = store.read(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
            assertThat(integrity).isEqualTo("ok");
            int raw = store.read(h -> h.createQuery("SELECT COUNT(*) FROM accounting").mapTo(Integer.class).one());
            assertThat(raw).isGreaterThanOrEqualTo((ACKED_BEFORE_KILL + 1) * AccountingWriterMain.PER_BATCH);
            assertThat(raw % AccountingWriterMain.PER_BATCH).as("no half batch").isZero();
            for (int n = 0; n <= ACKED_BEFORE_KILL; n++) {
                assertThat(store.sessions().byKey("gw-kantor/b" + n + "-" + (AccountingWriterMain.PER_BATCH - 1)))
                        .as("batch %d", n).isPresent();
            }
            assertThat(store.districts().load("kecil")).contains(TestDistricts.small());
        }
        assertThat(new File(db.toString())).exists();
    }
}
