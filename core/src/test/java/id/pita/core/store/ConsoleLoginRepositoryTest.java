package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.store.ConsoleLoginRepository.Failures;
import id.pita.core.store.ConsoleLoginRepository.Pending;
import id.pita.core.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleLoginRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void failuresCountedOnTwoNodesAtOnceAreAllKept() throws Exception {
        try (var a = TestStores.open(dir); var b = TestStores.open(dir)) {
            var pool = Executors.newFixedThreadPool(4);
            try {
                var done = new ArrayList<Future<Failures>>();
                for (int i = 0; i < 40; i++) {
                    var node = i % 2 == 0 ? a : b;
                    done.add(pool.submit(() -> node.consoleLogins().updateFailures("p:admin/10.0.0.9",
                            f -> new Failures(f.map(Failures::count).orElse(0) + 1, T0))));
                }
                for (var f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(b.consoleLogins().failures("p:admin/10.0.0.9")).contains(new Failures(40, T0));
            a.consoleLogins().clearFailures("p:admin/10.0.0.9");
            assertThat(b.consoleLogins().failures("p:admin/10.0.0.9")).isEmpty();
        }
    }

    @Test
    void oldFailuresAreForgotten() {
        try (var store = TestStores.open(dir)) {
            var logins = store.consoleLogins();
            logins.updateFailures("a:10.0.0.1", f -> new Failures(1, T0));
            logins.updateFailures("a:10.0.0.2", f -> new Failures(1, T0.plusSeconds(600)));
            assertThat(logins.forgetFailuresBefore(T0.plusSeconds(1))).isEqualTo(1);
            assertThat(logins.failureKeys()).isEqualTo(1);
        }
    }

    @Test
    void aPendingSecondStepIsSeenByAnotherNodeAndTakenOnce() {
        try (var a = TestStores.open(dir); var b = TestStores.open(dir)) {
            var pending = new Pending("admin", "10.0.0.9", T0.plusSeconds(300));
            a.consoleLogins().putPending("hash-1", pending, T0);
            a.consoleLogins().putPending("hash-old", new Pending("opd", "10.0.0.8", T0.minusSeconds(1)),
                    T0.minusSeconds(300));

            assertThat(b.consoleLogins().pending("hash-1")).contains(pending);
            b.consoleLogins().putPending("hash-2", pending, T0);
            assertThat(b.consoleLogins().pending("hash-old")).as("expired ones go at the next put").isEmpty();
            assertThat(b.consoleLogins().removePending("hash-1")).isTrue();
            assertThat(a.consoleLogins().removePending("hash-1")).isFalse();
        }
    }
}
