package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gateway that gets no answer from one node retransmits the record to its other RADIUS server: the duplicate is
 * recognised by the database's unique key on the raw record, not by a cache of the node that first stored it, so
 * the other node stores nothing twice. Two {@link Store}s on one file play the two nodes.
 */
class CrossNodeAccountingTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    private static AccountingRecord record(AcctStatus status, long up, long down, Instant at) {
        return new AccountingRecord("gw-taman", "81c00001", status, "c-1", "AA:BB:CC:00:33:01", "10.5.50.9", up,
                down, 60, "", at);
    }

    @Test
    void aRecordRetransmittedToTheOtherNodeIsStoredAndCountedOnce() {
        try (var a = TestStores.open(dir); var b = TestStores.open(dir)) {
            a.districts().save(TestDistricts.small());
            var start = record(AcctStatus.START, 0, 0, T0);
            var interim = record(AcctStatus.INTERIM_UPDATE, 1_000, 9_000, T0.plusSeconds(60));

            assertThat(a.accounting().apply(List.of(start, interim))).isEqualTo(2);
            // The answer to the interim was lost: the gateway sends it again, to node B, a little later.
            var again = record(AcctStatus.INTERIM_UPDATE, 1_000, 9_000, T0.plusSeconds(63));
            assertThat(b.accounting().apply(List.of(again))).as("recognised as a retransmission").isZero();
            assertThat(b.accounting().apply(List.of(start))).isZero();

            int rows = b.read(h -> h.createQuery("SELECT COUNT(*) FROM accounting WHERE acct_session_id = '81c00001'")
                    .mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(2);
            var usage = b.usage().forSite("taman", T0.minusSeconds(3600), T0.plusSeconds(3600));
            assertThat(usage.stream().mapToLong(UsageHour::uploadBytes).sum()).isEqualTo(1_000);
            assertThat(usage.stream().mapToLong(UsageHour::downloadBytes).sum()).isEqualTo(9_000);
        }
    }
}
