package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Making a batch through the console form, printing its A4 sheet of cards with QR codes, disabling it. */
class VoucherPagesIT {
    @Test
    void adminMakesABatchPrintsItsCardsAndDisablesIt() throws Exception {
        try (var server = new ConsoleServer()) {
            var admin = server.client();
            admin.login("admin", ConsoleServer.PASSWORD);
            admin.get("/console/vouchers");
            var made = admin.form("/console/vouchers", Map.of("_csrf", admin.csrf, "count", "5", "validDays", "2",
                    "dailyQuotaMb", "1500", "site", "taman-kota", "note", "Rapat koordinasi <OPD>"));
            assertThat(made.statusCode()).isEqualTo(303);
            assertThat(made.headers().firstValue("location").orElseThrow()).isEqualTo("/console/vouchers?made=1");
            var batch = server.voucherStore().batch(1).orElseThrow();
            assertThat(batch.createdBy()).isEqualTo("admin");
            assertThat(batch.dailyQuotaMb()).isEqualTo(1500);
            assertThat(batch.note()).isEqualTo("Rapat koordinasi <OPD>");
            var page = admin.get("/console/vouchers?made=1").body();
            assertThat(page).contains("Rapat koordinasi &lt;OPD&gt;").contains("0 / 5").contains("1,50 GB")
                    .contains("Cetak kartu voucher (A4)").contains(">aktif<");

            var sheet = admin.get("/console/vouchers/batches/1/print").body();
            assertThat(sheet).contains("@page{size:A4");
            assertThat(sheet.split("class=\"card\"", -1)).hasSize(6);
            assertThat(sheet.split("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\"", -1)).hasSize(6);
            for (var v : server.voucherStore().inBatch(1)) {
                assertThat(sheet).contains("<div class=\"code\">" + v.code() + "</div>");
            }
            assertThat(sheet).contains("Wi-Fi Taman Kota").contains("Kuota per hari: 1,50 GB")
                    .contains("Berlaku sampai Rabu, 25 November 2026 pukul 11.30 WITA");
            assertThat(VoucherPages.loginUrl(server.district(), "taman-kota")).isPresent()
                    .get().asString().startsWith("http://").endsWith("/login");

            admin.get("/console/vouchers");
            var disabled = admin.form("/console/vouchers/batches/1/disable", Map.of("_csrf", admin.csrf));
            assertThat(disabled.statusCode()).isEqualTo(303);
            assertThat(server.voucherStore().inBatch(1)).allSatisfy(v -> assertThat(v.expiresAt())
                    .isEqualTo(ConsoleServer.START));
            assertThat(admin.get("/console/vouchers").body()).contains("dinonaktifkan 23 November 2026");
            assertThat(server.auditEntries().get(0).action()).isEqualTo("voucher.batch.disable");
            var viewer = new Client(server.base());
            viewer.login("viewer", ConsoleServer.PASSWORD);
            assertThat(viewer.get("/console/vouchers/batches/1/print").statusCode()).isEqualTo(403);
        }
    }
}
