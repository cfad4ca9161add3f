package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.config.DistrictImporter;
import id.pita.core.store.Store;
import id.pita.portal.citizen.Hotspot;
import id.pita.portal.console.Voucher;
import id.pita.portal.console.VoucherBatch;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Voucher batches in a real SQLite file: every field survives a restart; disabling expires the unused ones. */
class StoreVoucherBatchesTest {
    @TempDir
    Path dir;

    @Test
    void aBatchKeepsNoteCreatorQuotaAndHotspotAcrossARestartAndDisablingStopsItsUnusedVouchers() {
        var now = TestPita.TUESDAY_10_WITA;
        var d = TestPita.loopbackPaser();
        var hotspot = new Hotspot(d.gateway(TestPita.MIKROTIK_GW).orElseThrow(),
                d.site("hs-alun-alun-tgt").orElseThrow(), true);
        var until = now.plus(Duration.ofDays(3));
        var batch = new VoucherBatch(0, now, "admin", "Festival Paser Expo", 3, until, 1000, "hs-alun-alun-tgt",
                Optional.empty());
        var made = List.of(new Voucher("EXPO-0001", now, until, "admin", false, "Festival Paser Expo"),
                new Voucher("EXPO-0002", now, until, "admin", false, "Festival Paser Expo"),
                new Voucher("EXPO-0003", now, until, "admin", false, "Festival Paser Expo"));
        long id;
        try (var store = Store.open(dir.resolve("pita.db"))) {
            DistrictImporter.importInto(store, d);
            var vouchers = new StoreVouchers(store, Clock.fixed(now, ZoneOffset.UTC), new StoreAuditLog(store));
            id = vouchers.addBatch(batch, made);
            assertThat(vouchers.accept("EXPO-0001", hotspot)).isTrue();
        }
        try (var store = Store.open(dir.resolve("pita.db"))) {
            var later = now.plus(Duration.ofHours(5));
            var vouchers = new StoreVouchers(store, Clock.fixed(later, ZoneOffset.UTC), new StoreAuditLog(store));
            assertThat(vouchers.batches()).containsExactly(batch.withId(id));
            assertThat(vouchers.inBatch(id)).extracting(Voucher::code, Voucher::createdBy, Voucher::note, Voucher::used)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("EXPO-0001", "admin", "Festival Paser Expo",
                            true), org.assertj.core.groups.Tuple.tuple("EXPO-0002", "admin", "Festival Paser Expo",
                            false), org.assertj.core.groups.Tuple.tuple("EXPO-0003", "admin", "Festival Paser Expo",
                            false));
            assertThat(vouchers.all()).extracting(Voucher::note).containsOnly("Festival Paser Expo");

            assertThat(vouchers.disableBatch(id, later)).isEqualTo(2);
            assertThat(vouchers.accept("EXPO-0002", hotspot)).isFalse();
            assertThat(vouchers.batch(id).orElseThrow().disabledAt()).contains(later);
            assertThat(vouchers.disableBatch(id, later)).isZero();
            assertThat(vouchers.disableBatch(999, later)).isEqualTo(-1);
        }
    }
}
