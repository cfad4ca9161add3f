package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.config.DistrictImporter;
import id.pita.core.store.Store;
import id.pita.portal.citizen.Hotspot;
import id.pita.portal.console.Voucher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreVouchersTest {
    @TempDir
    Path dir;

    @Test
    void aVoucherAdmitsOnceUntilItExpiresAndRevokingNeedsItUnused() {
        var now = TestPita.TUESDAY_10_WITA;
        var d = TestPita.loopbackPaser();
        var hotspot = new Hotspot(d.gateway(TestPita.MIKROTIK_GW).orElseThrow(),
                d.site("hs-alun-alun-tgt").orElseThrow(), true);
        try (var store = Store.open(dir.resolve("pita.db"))) {
            DistrictImporter.importInto(store, d);
            var audit = new StoreAuditLog(store);
            var vouchers = new StoreVouchers(store, Clock.fixed(now, ZoneOffset.UTC), audit);
            vouchers.add(new Voucher("PASER-0001", now, now.plus(Duration.ofDays(7)), "admin", false, ""));
            vouchers.add(new Voucher("PASER-0002", now.minus(Duration.ofDays(8)), now.minusSeconds(1), "admin", false,
                    ""));
            vouchers.add(new Voucher("PASER-0003", now, now.plus(Duration.ofDays(7)), "admin", false, ""));

            assertThat(vouchers.accept("PASER-0001", hotspot)).isTrue();
            assertThat(vouchers.accept("PASER-0001", hotspot)).isFalse();
            assertThat(vouchers.accept("PASER-0002", hotspot)).isFalse();
            assertThat(vouchers.accept("NOPE", hotspot)).isFalse();
            // One redemption, one audit entry; the code is masked there.
            assertThat(audit.recent(10)).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("voucher.redeem");
                assertThat(e.entity()).isEqualTo("voucher:********01");
                assertThat(e.afterJson()).contains("hs-alun-alun-tgt").contains(TestPita.MIKROTIK_GW);
            });
            assertThat(vouchers.all()).extracting(Voucher::code, Voucher::used).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("PASER-0001", true),
                    org.assertj.core.groups.Tuple.tuple("PASER-0002", false),
                    org.assertj.core.groups.Tuple.tuple("PASER-0003", false));
            assertThat(vouchers.revoke("PASER-0001")).isFalse();
            assertThat(vouchers.revoke("PASER-0003")).isTrue();
            assertThat(vouchers.all()).extracting(Voucher::code).containsExactlyInAnyOrder("PASER-0001", "PASER-0002");
        }
    }
}
