package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plays a MikroTik router's login.html and the browser: splash, accept, then the auto-submit form's fields. */
class MikrotikLoginIT {
    /** What RouterOS puts in the redirect: chap-id and chap-challenge octal-escaped, then URL-encoded. */
    static final String SPLASH = "/?mac=AA%3ABB%3ACC%3A00%3A11%3A22&ip=10.5.50.23&username="
            + "&link-login=http%3A%2F%2F10.5.50.1%2Flogin%3Fdst%3Dhttp%253A%252F%252Fexample.id%252F"
            + "&link-login-only=http%3A%2F%2F10.5.50.1%2Flogin&link-orig=http%3A%2F%2Fexample.id%2Fberita"
            + "&link-logout=http%3A%2F%2F10.5.50.1%2Flogout"
            + "&chap-id=%5C357&chap-challenge=%5C033%5C212%5C000%5C177%5C301%5C002%5C003%5C004%5C005%5C006%5C007"
            + "%5C010%5C011%5C012%5C013%5C377&error=&server-name=hotspot1";
    static final byte[] CHALLENGE = {033, (byte) 0212, 0, 0177, (byte) 0301, 2, 3, 4, 5, 6, 7, 010, 011, 012, 013,
        (byte) 0377};

    private final PortalFixture f = new PortalFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void acceptAnswersWithAFormPostingChapPasswordToLinkLoginOnly() throws Exception {
        var splash = f.get(SPLASH);
        assertThat(splash.statusCode()).isEqualTo(200);
        var u = PortalFixture.hidden(splash.bodyAsString(), "u");
        assertThat(u).isEqualTo(f.base() + SPLASH);

        var accept = f.post("/login", Map.of("u", u, "terms", "1", "lang", "id"));

        assertThat(accept.statusCode()).isEqualTo(200);
        var html = accept.bodyAsString();
        assertThat(html).contains("<form id=\"gw\" method=\"post\" action=\"http://10.5.50.1/login\">")
                .contains(">Lanjutkan</button>").contains("<script>document.getElementById('gw').submit();</script>");
        var username = PortalFixture.hidden(html, "username");
        var credential = f.store.find(username, f.clock.instant()).orElseThrow();
        assertThat(credential.gatewayId()).isEqualTo("mt-taman");
        assertThat(credential.mac().value()).isEqualTo("AA:BB:CC:00:11:22");
        var md5 = MessageDigest.getInstance("MD5");
        md5.update((byte) 0357);
        md5.update(credential.password().getBytes(StandardCharsets.US_ASCII));
        md5.update(CHALLENGE);
        assertThat(PortalFixture.hidden(html, "password")).isEqualTo(HexFormat.of().formatHex(md5.digest()));
        assertThat(PortalFixture.hidden(html, "dst")).isEqualTo("http://example.id/berita");
        assertThat(PortalFixture.hidden(html, "popup")).isEqualTo("true");
    }

    @Test
    void withoutChapIdThePlainPasswordIsPosted() {
        var pap = SPLASH.replaceAll("&chap-id=[^&]*", "").replaceAll("&chap-challenge=[^&]*", "");

        var accept = f.post("/login", Map.of("u", f.base() + pap, "terms", "1"));

        var html = accept.bodyAsString();
        var credential = f.store.find(PortalFixture.hidden(html, "username"), f.clock.instant()).orElseThrow();
        assertThat(PortalFixture.hidden(html, "password")).isEqualTo(credential.password());
    }

    @Test
    void splashShowsTheRoutersErrorEscaped() {
        var page = f.get(SPLASH.replace("&error=", "&error=%3Cb%3Einvalid+password%3C%2Fb%3E")).bodyAsString();

        assertThat(page).contains("Pesan dari router: &lt;b&gt;invalid password&lt;/b&gt;").doesNotContain("<b>");
    }

    @Test
    void aLoginUrlOnAHostThatIsNotTheGatewaysIsRefusedAndMintsNothing() {
        var evil = SPLASH.replace("link-login-only=http%3A%2F%2F10.5.50.1%2Flogin",
                "link-login-only=http%3A%2F%2F10.5.50.1.evil.example%2Flogin");

        var r = f.post("/login", Map.of("u", f.base() + evil, "terms", "1"));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.bodyAsString()).contains("Alamat login yang diminta bukan milik hotspot ini");
        assertThat(f.store.size()).isZero();
        assertThat(f.post("/login", Map.of("u", f.base() + SPLASH, "terms", "1")).statusCode()).isEqualTo(200);
        assertThat(f.store.size()).isEqualTo(1);
    }

    @Test
    void statusPageShowsAllowanceAndTheRoutersLogout() {
        f.byIp.put("127.0.0.1", id.pita.core.session.MacAddress.parse("AA:BB:CC:00:11:22"));
        var page = f.get("/status?mac=AA:BB:CC:00:11:22&link-logout=http%3A%2F%2F10.5.50.1%2Flogout");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.bodyAsString()).contains("2 jam 0 menit").contains("1,5 GB")
                .contains("<a href=\"http://10.5.50.1/logout\">Keluar</a>");
    }
}
