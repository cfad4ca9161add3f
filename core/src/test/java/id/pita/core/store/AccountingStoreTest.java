package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.SiteKind;
import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.testing.TestStores;


class AccountingStoreTest {
    static final long GIGAWORD = 1L << 32;
    static final Instant T0 = Instant.parse("2026-03-02T10:50:00Z");

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

    static AccountingRecord rec(String gw, String id, AcctStatus status, long up, long down, long secs, Instant at) {
        return new AccountingRecord(gw, id, status, "kantor", "AA:BB:CC:DD:EE:01", "10.1.0.5", up, down, secs,
                status == AcctStatus.STOP ? "User-Request" : "", at);
    }

    static AccountingRecord withMac(AccountingRecord r, String mac) {
        return new AccountingRecord(r.gatewayId(), r.acctSessionId(), r.status(), r.username(), mac, r.ip(),
                r.uploadBytes(), r.downloadBytes(), r.sessionSeconds(), r.terminateCause(), r.receivedAt());
    }

    @Test
    void gigawordCountersRollUpCorrectDeltasAcrossTwoHours() {
        store.accounting().apply(List.of(rec("gw-kantor", "s1", AcctStatus.START, 0, 0, 0, T0)));
        store.accounting().apply(List.of(rec("gw-kantor", "s1", AcctStatus.INTERIM_UPDATE, GIGAWORD + 10,
                3 * GIGAWORD + 7, 300, T0.plusSeconds(300))));
        store.accounting().apply(List.of(
                rec("gw-kantor", "s1", AcctStatus.INTERIM_UPDATE, 2 * GIGAWORD, 5 * GIGAWORD, 1800,
                        T0.plusSeconds(1800)),
                rec("gw-kantor", "s1", AcctStatus.STOP, 2 * GIGAWORD + 1, 6 * GIGAWORD, 3000, T0.plusSeconds(3000))));

        var hours = store.usage().forSite("kantor", T0.minusSeconds(3600), T0.plusSeconds(7200));
        assertThat(hours).containsExactly(
                new UsageHour("kantor", SiteKind.OFFICE, Instant.parse("2026-03-02T10:00:00Z"), GIGAWORD + 10,
                        3 * GIGAWORD + 7),
                new UsageHour("kantor", SiteKind.OFFICE, Instant.parse("2026-03-02T11:00:00Z"), GIGAWORD - 9,
                        3 * GIGAWORD - 7));
        var s = store.sessions().byKey("gw-kantor/s1").orElseThrow();
        assertThat(s.online()).isFalse();
        assertThat(s.stopped()).isEqualTo(T0.plusSeconds(3000));
        assertThat(s.downloadBytes()).isEqualTo(6 * GIGAWORD);
        assertThat(s.sessionSeconds()).isEqualTo(3000);
    }

    @Test
    void retransmittedRecordIsNotCountedTwice() {
        var interim = rec("gw-kantor", "s2", AcctStatus.INTERIM_UPDATE, 1000, 5000, 60, T0.plusSeconds(60));
        var start = rec("gw-kantor", "s2", AcctStatus.START, 0, 0, 0, T0);
        assertThat(store.accounting().apply(List.of(start))).isEqualTo(1);
        assertThat(store.accounting().apply(List.of(interim, interim))).isEqualTo(1);
        assertThat(store.accounting().apply(List.of(interim))).isZero();

        assertThat(store.usage().between(T0.minusSeconds(3600), T0.plusSeconds(3600)))
                .extracting(UsageHour::uploadBytes, UsageHour::downloadBytes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1000L, 5000L));
        assertThat(rawCount()).isEqualTo(2);
    }

    @Test
    void lateOlderInterimAddsNothingAndCountersNeverGoBack() {
        store.accounting().apply(List.of(
                rec("gw-kantor", "s3", AcctStatus.INTERIM_UPDATE, 900, 9000, 600, T0.plusSeconds(600)),
                rec("gw-kantor", "s3", AcctStatus.INTERIM_UPDATE, 700, 7000, 300, T0.plusSeconds(300))));
        var s = store.sessions().byKey("gw-kantor/s3").orElseThrow();
        assertThat(s.uploadBytes()).isEqualTo(900);
        assertThat(s.downloadBytes()).isEqualTo(9000);
        assertThat(s.started()).isEqualTo(T0);
        assertThat(store.usage().between(T0.minusSeconds(3600), T0.plusSeconds(3600)))
                .extracting(UsageHour::totalBytes).containsExactly(9900L);
    }

    @Test
    void unknownGatewayIsKeptRawWithoutRollup() {
        var stray = rec("gw-asing", "x1", AcctStatus.INTERIM_UPDATE, 10, 20, 60, T0);
        assertThat(store.accounting().apply(List.of(stray))).isEqualTo(1);
        assertThat(rawCount()).isEqualTo(1);
        String site = store.read(h -> h.createQuery("SELECT site_code FROM accounting").mapTo(String.class).one());
        assertThat(site).isEmpty();
        assertThat(store.sessions().byKey("gw-asing/x1")).isEmpty();
        assertThat(store.usage().between(Instant.EPOCH, T0.plusSeconds(86_400))).isEmpty();
    }

    @Test
    void onlineSessionsByKeySiteAndGatewayAndPushedRate() {
        store.accounting().apply(List.of(
                rec("gw-kantor", "a", AcctStatus.START, 0, 0, 0, T0),
                rec("gw-taman", "b", AcctStatus.START, 0, 0, 0, T0),
                withMac(rec("gw-taman", "c", AcctStatus.START, 0, 0, 0, T0), "AA:BB:CC:DD:EE:02"),
                withMac(rec("gw-taman", "c", AcctStatus.STOP, 5, 5, 9, T0.plusSeconds(9)), "AA:BB:CC:DD:EE:02")));
        assertThat(store.sessions().online()).extracting(s -> s.key()).containsExactly("gw-kantor/a", "gw-taman/b");
        assertThat(store.sessions().onlineAtSite("taman")).extracting(s -> s.key()).containsExactly("gw-taman/b");
        assertThat(store.sessions().onlineAtGateway("gw-kantor")).extracting(s -> s.key())
                .containsExactly("gw-kantor/a");
        assertThat(store.sessions().updatePushed("gw-taman/b", Bandwidth.mbps(2, 0.5))).isTrue();
        assertThat(store.sessions().updatePushed("gw-taman/zz", Bandwidth.mbps(2, 0.5))).isFalse();
        assertThat(store.sessions().byKey("gw-taman/b").orElseThrow().lastPushed()).isEqualTo(Bandwidth.mbps(2, 0.5));
    }

    @Test
    void dailyUsageCountsSessionsStartedOnTheLocalDay() {
        // 23:30 UTC on 2 March is 07:30 WITA on 3 March.
        var lateUtc = Instant.parse("2026-03-02T23:30:00Z");
        store.accounting().apply(List.of(
                rec("gw-taman", "d1", AcctStatus.START, 0, 0, 0, lateUtc),
                rec("gw-taman", "d1", AcctStatus.STOP, 100, 400, 600, lateUtc.plusSeconds(600)),
                rec("gw-taman", "d2", AcctStatus.START, 0, 0, 0, T0),
                rec("gw-taman", "d2", AcctStatus.STOP, 1, 2, 3, T0.plusSeconds(3))));
        var sessions = store.sessions();
        assertThat(sessions.dailyUsage("AA:BB:CC:DD:EE:01", LocalDate.of(2026, 3, 3), TestDistricts.WITA))
                .isEqualTo(new DailyUsage(500, 600));
        assertThat(sessions.dailyUsage("kantor", LocalDate.of(2026, 3, 2), TestDistricts.WITA))
                .isEqualTo(new DailyUsage(3, 3));
        assertThat(sessions.dailyUsage("", LocalDate.of(2026, 3, 2), TestDistricts.WITA)).isEqualTo(DailyUsage.NONE);
    }

    @Test
    void purgeBlanksMacAndIpOfOldStoppedSessionsOnly() {
        store.accounting().apply(List.of(
                rec("gw-taman", "old", AcctStatus.START, 0, 0, 0, T0),
                rec("gw-taman", "old", AcctStatus.STOP, 1, 1, 60, T0.plusSeconds(60)),
                rec("gw-taman", "live", AcctStatus.START, 0, 0, 0, T0)));
        store.sessions().purgePersonalData(T0.plusSeconds(3600));
        assertThat(store.sessions().byKey("gw-taman/old").orElseThrow().mac()).isEmpty();
        assertThat(store.sessions().byKey("gw-taman/old").orElseThrow().ip()).isEmpty();
        assertThat(store.sessions().byKey("gw-taman/live").orElseThrow().mac()).isEqualTo("AA:BB:CC:DD:EE:01");
        int withMac = store.read(h -> h.createQuery("SELECT COUNT(*) FROM accounting WHERE mac <> ''")
                .mapTo(Integer.class).one());
        assertThat(withMac).isZero();
    }

    @Test
    void accountingOnClosesOnlyThatGatewaysOpenSessionsAndEveryRebootIsKept() {
        store.accounting().apply(List.of(
                rec("gw-taman", "p1", AcctStatus.START, 0, 0, 0, T0),
                rec("gw-kantor", "p2", AcctStatus.START, 0, 0, 0, T0)));
        var on = new AccountingRecord("gw-taman", "", AcctStatus.ACCOUNTING_ON, "", "", "", 0, 0, 0, "",
                T0.plusSeconds(60));
        var onAgain = new AccountingRecord("gw-taman", "", AcctStatus.ACCOUNTING_ON, "", "", "", 0, 0, 0, "",
                T0.plusSeconds(7200));
        assertThat(store.accounting().apply(List.of(on, onAgain))).isEqualTo(2);
        assertThat(store.sessions().byKey("gw-taman/p1").orElseThrow().stopped()).isEqualTo(T0.plusSeconds(60));
        assertThat(store.sessions().online()).extracting(s -> s.key()).containsExactly("gw-kantor/p2");
        assertThat(rawCount()).isEqualTo(4);
    }

    @Test
    void startReusingAnAcctSessionIdWithCountersAtZeroIsANewSessionNotARetransmission() {
        store.accounting().apply(List.of(rec("gw-taman", "8050005a", AcctStatus.START, 0, 0, 0, T0),
                rec("gw-taman", "8050005a", AcctStatus.INTERIM_UPDATE, 4000, 9000, 300, T0.plusSeconds(300))));
        // the router reboots (no Stop, no Accounting-On reached us) and numbers its next session the same
        var again = rec("gw-taman", "8050005a", AcctStatus.START, 0, 0, 0, T0.plusSeconds(900));

        assertThat(store.accounting().apply(List.of(again))).isEqualTo(1);
        assertThat(store.accounting().apply(List.of(again))).as("its own retransmission still is one").isZero();

        var fresh = store.sessions().byKey("gw-taman/8050005a").orElseThrow();
        assertThat(fresh.online()).isTrue();
        assertThat(fresh.started()).isEqualTo(T0.plusSeconds(900));
        assertThat(fresh.downloadBytes()).isZero();
        var old = store.sessions().byKey("gw-taman/8050005a#" + T0.toEpochMilli()).orElseThrow();
        assertThat(old.downloadBytes()).isEqualTo(9000);
        assertThat(old.stopped()).as("at its last accounting").isEqualTo(T0.plusSeconds(300));
        assertThat(store.sessions().stopReason(old.key())).contains("restarted");
        store.accounting().apply(List.of(rec("gw-taman", "8050005a", AcctStatus.INTERIM_UPDATE, 100, 200, 60,
                T0.plusSeconds(960))));
        assertThat(store.usage().between(T0.minusSeconds(3600), T0.plusSeconds(3600)).stream()
                .mapToLong(UsageHour::downloadBytes).sum()).as("the new session's growth counted from zero")
                .isEqualTo(9200L);
    }

    @Test
    void newStartForAMacClosesThatMacsEarlierOpenSessionAtTheSameGatewayOnly() {
        store.accounting().apply(List.of(rec("gw-taman", "80500001", AcctStatus.START, 0, 0, 0, T0),
                rec("gw-kantor", "80500001", AcctStatus.START, 0, 0, 0, T0)));
        store.accounting().apply(List.of(rec("gw-taman", "80500002", AcctStatus.START, 0, 0, 0,
                T0.plusSeconds(120))));
        assertThat(store.sessions().online()).extracting(s -> s.key())
                .containsExactlyInAnyOrder("gw-kantor/80500001", "gw-taman/80500002");
        assertThat(store.sessions().stopReason("gw-taman/80500001")).contains("replaced");
        assertThat(store.sessions().byKey("gw-taman/80500001").orElseThrow().stopped()).isEqualTo(T0);
    }

    private int rawCount() {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM accounting").mapTo(Integer.class).one());
    }
}
