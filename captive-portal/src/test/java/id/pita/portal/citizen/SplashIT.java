package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.web.SecurityHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The splash as a phone's sign-in view gets it: small, self-contained, escaped, Bahasa Indonesia first. */
class SplashIT {
    private final PortalFixture f = new PortalFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void splashIsUnder30KilobytesAndLoadsNothingElse() {
        var r = f.get(MikrotikLoginIT.SPLASH);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().length()).isLessThan(30 * 1024);
        assertThat(r.bodyAsString()).doesNotContain("src=").doesNotContain("<link").doesNotContain("https://")
                .contains("<style>");
    }

    @Test
    void splashShowsNameHoursTermsAndAFormThatWorksWithoutJavaScript() {
        var html = f.get(MikrotikLoginIT.SPLASH).bodyAsString();

        assertThat(html).contains("<html lang=\"id\">").contains("Selamat datang di WiFi publik Taman Kota Tanah Grogot")
                .contains("Buka sampai besok pukul 07.30 WITA").contains("Syarat penggunaan")
                .contains("<form method=\"post\" action=\"/login\">")
                .contains("<label class=\"check\"><input type=\"checkbox\" name=\"terms\" value=\"1\" required>")
                .contains(">Sambungkan</button>").doesNotContain("<script").doesNotContain("name=\"voucher\"");
    }

    @Test
    void hotspotNameIsEscaped() {
        f.hotspotName = "<script>alert(1)</script>";

        var html = f.get(MikrotikLoginIT.SPLASH).bodyAsString();

        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void responsesCarryTheSecurityHeaders() {
        var r = f.get(MikrotikLoginIT.SPLASH);

        assertThat(r.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.CSP).contains("frame-ancestors 'none'")
                .doesNotContain("http");
        assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void englishByLinkByCookieAndByAcceptLanguage() {
        var bahasa = f.get(MikrotikLoginIT.SPLASH).bodyAsString();
        assertThat(bahasa).contains("&amp;lang=en\" hreflang=\"en\">English</a>");

        var english = f.get(MikrotikLoginIT.SPLASH + "&lang=en");
        assertThat(english.bodyAsString()).contains("<html lang=\"en\">").contains("Open until 07:30 WITA tomorrow")
                .contains(">Connect</button>").contains(">Bahasa Indonesia</a>");
        assertThat(english.cookies()).anyMatch(c -> c.startsWith("pita_lang=en"));
        assertThat(f.get(MikrotikLoginIT.SPLASH, "Cookie", "pita_lang=en").bodyAsString()).contains("lang=\"en\"");
        assertThat(f.get(MikrotikLoginIT.SPLASH, "Accept-Language", "en-US,en;q=0.9").bodyAsString())
                .contains("lang=\"en\"");
    }

    @Test
    void voucherFieldAppearsWhenTheHotspotRequiresIt() {
        f.voucherRequired = true;

        assertThat(f.get(MikrotikLoginIT.SPLASH).bodyAsString()).contains("Kode voucher")
                .contains("name=\"voucher\"");
    }
}
