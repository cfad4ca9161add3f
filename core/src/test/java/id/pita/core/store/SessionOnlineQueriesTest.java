package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.testing.PropertyCheck;
import id.pita.core.testing.TestStores;

/** The online-session questions the splash page and the dashboard ask: by MAC, by IP, per gateway. */
class SessionOnlineQueriesTest {
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

    void start(String gw, String id, String mac, String ip) {
        store.accounting().apply(List.of(new AccountingRecord(gw, id, AcctStatus.START, "", mac, ip, 0, 0, 0, "",
                T0)));
    }

    void stop(String gw, String id, String mac, String ip) {
        store.accounting().apply(List.of(new AccountingRecord(gw, id, AcctStatus.STOP, "", mac, ip, 10, 20, 60,
                "User-Request", T0.plusSeconds(60))));
    }

    @Test
    void aMacIsOnlineWhileItHasASessionOpen() {
        assertThat(store.sessions().isOnline("AA:BB:CC:DD:EE:01")).isFalse();
        start("gw-taman", "s1", "AA:BB:CC:DD:EE:01", "10.1.0.5");
        assertThat(store.sessions().isOnline("AA:BB:CC:DD:EE:01")).isTrue();
        assertThat(store.sessions().isOnline("AA:BB:CC:DD:EE:02")).isFalse();
        stop("gw-taman", "s1", "AA:BB:CC:DD:EE:01", "10.1.0.5");
        assertThat(store.sessions().isOnline("AA:BB:CC:DD:EE:01")).isFalse();
    }

    @Test
    void onlineMacsAtAnIpLeaveOutStoppedSessionsAndSessionsWithoutMac() {
        start("gw-taman", "s1", "AA:BB:CC:DD:EE:01", "10.1.0.5");
        start("gw-taman", "s2", "", "10.1.0.5");
        start("gw-taman", "s3", "AA:BB:CC:DD:EE:03", "10.1.0.6");
        start("gw-taman", "s4", "AA:BB:CC:DD:EE:04", "10.1.0.5");
        stop("gw-taman", "s4", "AA:BB:CC:DD:EE:04", "10.1.0.5");
        assertThat(store.sessions().onlineMacsAt("10.1.0.5", 2)).containsExactly("AA:BB:CC:DD:EE:01");
        assertThat(store.sessions().onlineMacsAt("10.1.0.9", 2)).isEmpty();

        // a second device behind the same address, and the same device twice: distinct MACs, bounded
        start("gw-kantor", "s5", "AA:BB:CC:DD:EE:05", "10.1.0.5");
        start("gw-kantor", "s6", "AA:BB:CC:DD:EE:01", "10.1.0.5");
        start("gw-kantor", "s7", "AA:BB:CC:DD:EE:07", "10.1.0.5");
        assertThat(store.sessions().onlineMacsAt("10.1.0.5", 2)).hasSize(2).doesNotHaveDuplicates();
        assertThat(store.sessions().onlineMacsAt("10.1.0.5", 10)).containsExactlyInAnyOrder("AA:BB:CC:DD:EE:01",
                "AA:BB:CC:DD:EE:05", "AA:BB:CC:DD:EE:07");
    }

    /**
     * The control round's one read of every online device's use today gives each online MAC what its own read
     * gives: sessions by MAC and by login, stopped or online, started on that local day and no other.
     */
    @Test
    void dailyUsageOfEveryOnlineMacInOneReadIsEachMacsOwn() {
        var macs = List.of("AA:BB:CC:DD:EE:01", "AA:BB:CC:DD:EE:02", "AA:BB:CC:DD:EE:03", "AA:BB:CC:DD:EE:04", "");
        var day = java.time.LocalDate.of(2026, 3, 2);
        int[] tryNo = {0};
        PropertyCheck.forAll("one read per round = a read per device", 115, 12, r -> {
            var records = new java.util.ArrayList<AccountingRecord>();
            int n = PropertyCheck.between(r, 1, 25);
            for (int i = 0; i < n; i++) {
                String id = "p" + tryNo[0] + "-" + i;
                String mac = PropertyCheck.oneOf(r, macs.toArray(new String[0]));
                // a login is sometimes another device's MAC (a MAC-authenticated login), sometimes a name
                String user = r.nextInt(3) == 0 ? PropertyCheck.oneOf(r, macs.toArray(new String[0]))
                        : PropertyCheck.oneOf(r, "kantor", mac);
                // from the day before (WITA) to the day after
                var at = Instant.parse("2026-03-01T12:00:00Z").plusSeconds(PropertyCheck.between(r, 0, 3 * 86_400));
                String gw = r.nextBoolean() ? "gw-taman" : "gw-kantor";
                records.add(new AccountingRecord(gw, id, AcctStatus.START, user, mac, "10.1.0.5", 0, 0, 0, "", at));
                long up = PropertyCheck.between(r, 0, 1_000_000);
                long down = PropertyCheck.between(r, 0, 5_000_000);
                long secs = PropertyCheck.between(r, 1, 3_600);
                var status = r.nextBoolean() ? AcctStatus.STOP : AcctStatus.INTERIM_UPDATE;
                records.add(new AccountingRecord(gw, id, status, user, mac, "10.1.0.5", up, down, secs,
                        status == AcctStatus.STOP ? "User-Request" : "", at.plusSeconds(secs)));
            }
            tryNo[0]++;
            return records;
        }, records -> {
            store.accounting().apply(records);
            var all = store.sessions().dailyUsageOfOnline(day, TestDistricts.WITA);
            var onlineMacs = new java.util.HashSet<String>();
            store.sessions().online().forEach(s -> {
                if (!s.mac().isEmpty()) {
                    onlineMacs.add(s.mac());
                }
            });
            assertThat(all.keySet()).isEqualTo(onlineMacs);
            for (var mac : onlineMacs) {
                assertThat(all.get(mac)).as(mac).isEqualTo(store.sessions().dailyUsage(mac, day, TestDistricts.WITA));
            }
        });
    }

    @Test
    void onlineByGatewayCountsOpenSessionsOfGatewaysThatHaveAny() {
        assertThat(store.sessions().onlineByGateway()).isEmpty();
        start("gw-taman", "s1", "AA:BB:CC:DD:EE:01", "10.1.0.5");
        start("gw-taman", "s2", "AA:BB:CC:DD:EE:02", "10.1.0.6");
        start("gw-kantor", "s3", "AA:BB:CC:DD:EE:03", "10.2.0.5");
        start("gw-kantor", "s4", "AA:BB:CC:DD:EE:04", "10.2.0.6");
        stop("gw-kantor", "s4", "AA:BB:CC:DD:EE:04", "10.2.0.6");
        assertThat(store.sessions().onlineByGateway()).isEqualTo(Map.of("gw-taman", 2, "gw-kantor", 1));
    }

    @Test
    void sessionsReadTogetherShareOneInstanceOfEachGatewayIdAndSiteCodeAndStayEqual() {
        for (int i = 0; i < 6; i++) {
            start(i % 2 == 0 ? "gw-taman" : "gw-kantor", "s" + i, String.format("AA:BB:CC:DD:EE:%02X", i),
                    "10.1.0." + (i + 5));
        }
        var online = store.sessions().online();
        assertThat(online).hasSize(6);
        var first = new java.util.HashMap<String, id.pita.core.session.Session>();
        for (var s : online) {
            var same = first.computeIfAbsent(s.gatewayId(), g -> s);
            assertThat(s.gatewayId()).isSameAs(same.gatewayId());
            assertThat(s.siteCode()).isSameAs(same.siteCode());
            assertThat(s.siteCode()).isEqualTo(s.gatewayId().equals("gw-taman") ? "taman" : "kantor");
            assertThat(s.lastPushed()).isSameAs(id.pita.core.district.Bandwidth.ZERO);
            int i = Integer.parseInt(s.acctSessionId().substring(1));
            assertThat(s.mac()).isEqualTo(String.format("AA:BB:CC:DD:EE:%02X", i));
            assertThat(s.ip()).isEqualTo("10.1.0." + (i + 5));
        }
        assertThat(first.keySet()).containsExactlyInAnyOrder("gw-taman", "gw-kantor");
    }
}
