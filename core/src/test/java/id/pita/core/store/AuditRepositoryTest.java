package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.testing.TestStores;

class AuditRepositoryTest {
    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path dir;
    Store store;
    AuditRepository audit;

    @BeforeEach
    void open() {
        store = TestStores.open(dir);
        audit = store.audit();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A stand-in for the console's sealing: the hash names the id and the previous hash. */
    static AuditRepository.Sealer entry(String action) {
        return (id, prev) -> new AuditRow(id, T0.plusSeconds(id), "admin", action, "site:kantor", "127.0.0.1",
                "", "{\"x\":" + id + "}", prev, "h" + id + "<" + prev);
    }

    @Test
    void appendNumbersFromOneAndHandsTheSealerThePreviousHash() {
        var first = audit.append(entry("a"));
        var second = audit.append(entry("b"));
        assertThat(first.id()).isEqualTo(1);
        assertThat(first.prevHash()).isEmpty();
        assertThat(second.id()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(audit.all()).containsExactly(first, second);
        assertThat(audit.recent(1)).containsExactly(second);
        assertThat(audit.recent(10)).containsExactly(second, first);
    }

    @Test
    void manyWritersAtOnceLeaveAChainWithoutGaps() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<AuditRow>>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> audit.append(entry("x"))));
            }
            for (var f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        var all = audit.all();
        assertThat(all).hasSize(40);
        var prev = "";
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).id()).isEqualTo(i + 1);
            assertThat(all.get(i).prevHash()).isEqualTo(prev);
            prev = all.get(i).hash();
        }
    }

    @Test
    void aSealerThatFailsAppendsNothing() {
        audit.append(entry("a"));
        assertThatThrownBy(() -> audit.append((id, prev) -> {
            throw new IllegalStateException("no");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(audit.all()).hasSize(1);
        assertThat(audit.append(entry("b")).id()).isEqualTo(2);
    }
}
