package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Everything a login can get wrong: a clear 4xx page in Bahasa Indonesia, and no credential minted. */
class BadInputIT {
    private final PortalFixture f = new PortalFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private String u() {
        return f.base() + MikrotikLoginIT.SPLASH;
    }

    private void assertRefused(io.vertx.ext.web.client.HttpResponse<?> r, int status, String text) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.getHeader("Content-Type")).startsWith("text/html");
        assertThat(r.bodyAsString()).contains("<html lang=\"id\">").contains("Maaf").contains(text);
        assertThat(f.store.size()).isZero();
    }

    @Test
    void splashWithoutGatewayParametersSaysToConnectThroughTheWifi() {
        assertRefused(f.get("/"), 400, "Halaman ini harus dibuka melalui WiFi publik");
    }

    @Test
    void loginWithoutTheHandshakeOrWithAMangledOneIsRefused() {
        assertRefused(f.post("/login", Map.of("terms", "1")), 400, "WiFi publik");
        assertRefused(f.post("/login", Map.of("u", u().replace("mac=AA", "mac=ZZ"), "terms", "1")), 400,
                "tidak lengkap atau rusak (mac)");
        assertRefused(f.post("/login", Map.of("u", u().replace("chap-id=%5C357", "chap-id=%5C"), "terms", "1")), 400,
                "tidak lengkap atau rusak");
    }

    @Test
    void loginWithoutAcceptingTheTermsIsRefused() {
        assertRefused(f.post("/login", Map.of("u", u())), 400, "menyetujui syarat penggunaan");
    }

    @Test
    void unknownHotspotIsRefused() {
        var unknown = u().replace("server-name=hotspot1", "server-name=lain").replace("10.5.50.1", "10.9.9.9");
        assertRefused(f.post("/login", Map.of("u", unknown, "terms", "1")), 404, "tidak terdaftar");
    }

    @Test
    void closedHotspotSaysWhenItOpens() {
        f.hours = new OpenHours(false, ZonedDateTime.of(2026, 11, 23, 16, 0, 0, 0, PortalFixture.WITA), "WITA");

        assertRefused(f.post("/login", Map.of("u", u(), "terms", "1")), 403,
                "WiFi publik: Tutup sekarang. Buka pukul 16.00 WITA");
        assertThat(f.get(MikrotikLoginIT.SPLASH).bodyAsString()).contains("Buka pukul 16.00 WITA")
                .doesNotContain("<form");
    }

    @Test
    void exhaustedDailyAllowanceIsRefused() {
        f.usage.put(id.pita.core.session.MacAddress.parse("AA:BB:CC:00:11:22"), new DeviceAllowance(false, 0, 100));

        assertRefused(f.post("/login", Map.of("u", u(), "terms", "1")), 403, "Kuota harian perangkat Anda sudah habis");
    }

    @Test
    void voucherIsRequiredWhereTheHotspotSaysSoAndMustBeValid() {
        f.voucherRequired = true;

        assertRefused(f.post("/login", Map.of("u", u(), "terms", "1")), 400, "Masukkan kode voucher");
        assertRefused(f.post("/login", Map.of("u", u(), "terms", "1", "voucher", "SALAH")), 403,
                "Kode voucher tidak berlaku");
        assertThat(f.post("/login", Map.of("u", u(), "terms", "1", "voucher", " PITA-2026 ")).statusCode())
                .isEqualTo(200);
        assertThat(f.store.size()).isEqualTo(1);
    }

    @Test
    void fullCredentialStoreAnswers503() {
        try (var small = new PortalFixture(1)) {
            var u = small.base() + MikrotikLoginIT.SPLASH;
            assertThat(small.post("/login", Map.of("u", u, "terms", "1")).statusCode()).isEqualTo(200);
            var r = small.post("/login", Map.of("u", u.replace("00%3A11%3A22", "00%3A11%3A23"), "terms", "1"));
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.bodyAsString()).contains("Server sedang sibuk");
        }
    }

    @Test
    void englishIsUsedWhenAsked() {
        var r = f.post("/login", Map.of("u", u(), "lang", "en"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.bodyAsString()).contains("Please accept the terms of use");
    }
}
