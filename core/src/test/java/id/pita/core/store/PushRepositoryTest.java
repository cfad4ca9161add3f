package id.pita.core.store;

import id.pita.core.testing.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.district.Bandwidth;
import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;

class PushRepositoryTest {
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = TestStores.open(dir);
        store.districts().save(TestDistricts.small());
    }

    @AfterEach
    void close() {
        store.close();
    }

    static PushResult push(String key, PushResult.Outcome outcome, long down) {
        return new PushResult("gw-kantor", key, PushResult.Kind.COA, new Bandwidth(down, down / 4), outcome, 0, 1, T0,
                "regime", "");
    }

    @Test
    void recordAllWritesEveryResultAndTheAcknowledgedRatesInOneGo() {
        store.accounting().apply(List.of(new AccountingRecord("gw-kantor", "s1", AcctStatus.START, "kantor",
                "AA:BB:CC:DD:EE:01", "10.1.0.5", 0, 0, 0, "", T0)));
        var results = new ArrayList<PushResult>();
        for (int i = 0; i < 2_500; i++) {
            results.add(push("gw-kantor/x" + i, PushResult.Outcome.TIMEOUT, 1_000_000));
        }
        var acked = push("gw-kantor/s1", PushResult.Outcome.ACK, 8_000_000);
        results.add(acked);
        store.pushes().recordAll(results, List.of(acked));
        assertThat(store.pushes().recent(5_000)).hasSize(2_501);
        var session = store.sessions().byKey("gw-kantor/s1").orElseThrow();
        assertThat(session.lastPushed()).isEqualTo(new Bandwidth(8_000_000, 2_000_000));
    }
}
