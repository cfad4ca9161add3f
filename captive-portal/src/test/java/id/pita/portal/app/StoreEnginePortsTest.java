package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.config.DistrictImporter;
import id.pita.core.store.Store;
import id.pita.core.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control round's read of every online device's use today agrees with a log-in's read of one device. */
class StoreEnginePortsTest {
    static final Instant T0 = TestPita.TUESDAY_10_WITA;

    @TempDir
    Path dir;
    Store store;

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyDeviceInOneReadIsWhatEachReadsAloneEvenOneThatJustLeft() {
        var d = TestPita.loopbackPaser();
        store = TestStores.open(dir);
        DistrictImporter.importInto(store, d);
        var gw = d.gateways().get(0).id();
        store.accounting().apply(List.of(
                record(gw, "a1", AcctStatus.START, "AA:00:00:00:00:01", 0, T0),
                record(gw, "a1", AcctStatus.INTERIM_UPDATE, "AA:00:00:00:00:01", 1_000, T0.plusSeconds(60)),
                record(gw, "a0", AcctStatus.START, "AA:00:00:00:00:01", 0, T0.minusSeconds(3_600)),
                record(gw, "a0", AcctStatus.STOP, "AA:00:00:00:00:01", 5_000, T0.minusSeconds(1_800)),
                record(gw, "b1", AcctStatus.START, "AA:00:00:00:00:02", 0, T0),
                // the round saw this device online; its session ended before the round asked for its use
                record(gw, "c1", AcctStatus.START, "AA:00:00:00:00:03", 0, T0),
                record(gw, "c1", AcctStatus.STOP, "AA:00:00:00:00:03", 700, T0.plusSeconds(30))));
        var ports = new StoreEnginePorts(store);
        var day = T0.atZone(d.zone()).toLocalDate();
        var macs = Set.of("AA:00:00:00:00:01", "AA:00:00:00:00:02", "AA:00:00:00:00:03");

        var all = ports.usedOnAll(macs, day, d.zone());

        assertThat(all).containsOnlyKeys(macs);
        for (var mac : macs) {
            assertThat(all.get(mac)).as(mac).isEqualTo(ports.usedOn(mac, day, d.zone()));
        }
        assertThat(all.get("AA:00:00:00:00:01").bytes()).isEqualTo(2 * 6_000);
        assertThat(all.get("AA:00:00:00:00:03").bytes()).isEqualTo(2 * 700);
    }

    static AccountingRecord record(String gw, String id, AcctStatus status, String mac, long bytes, Instant at) {
        return new AccountingRecord(gw, id, status, "", mac, "10.1.0.5", bytes, bytes, 60,
                status == AcctStatus.STOP ? "User-Request" : "", at);
    }
}
