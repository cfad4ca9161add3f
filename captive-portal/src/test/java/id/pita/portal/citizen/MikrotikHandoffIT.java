package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.setup.MikrotikSetup;
import id.pita.core.setup.SetupContext;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The generated router-side {@code login.html}, filled in as RouterOS fills its {@code $(...)} variables, hands the
 * phone to the portal by POST (its auto-submitted form) and by GET (its link), and both reach the same login.
 */
class MikrotikHandoffIT {
    /** What RouterOS knows when it serves login.html (chap-id and chap-challenge octal-escaped text). */
    static final Map<String, String> ROUTER = Map.of("link-login-only", "http://10.5.50.1/login",
            "link-orig", "http://example.id/berita?a=1&b=2", "mac", "AA:BB:CC:00:11:22", "ip", "10.5.50.23",
            "username", "", "chap-id", "\\357",
            "chap-challenge", "\\033\\212\\000\\177\\301\\002\\003\\004\\005\\006\\007\\010\\011\\012\\013\\377",
            "server-name", "hotspot1", "error", "");

    private final PortalFixture f = new PortalFixture();

    @AfterEach
    void close() {
        f.close();
    }

    /** RouterOS's substitution: {@code $(name-esc)} URL-encoded, {@code $(name)} as is. */
    static String fill(String template) {
        var out = template;
        for (var e : ROUTER.entrySet()) {
            out = out.replace("$(" + e.getKey() + "-esc)", URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .replace("$(" + e.getKey() + ")", e.getValue());
        }
        assertThat(out).as("every variable is one RouterOS knows").doesNotContain("$(");
        return out;
    }

    private String loginHtml() {
        return fill(MikrotikSetup.loginHtml(new SetupContext("127.0.0.1", 1812, 1813, URI.create(f.base() + "/"),
                3799, Duration.ofMinutes(5))));
    }

    @Test
    void theAutoSubmittedFormPostsTheHandoffAndTheLoginCarriesTheChapPassword() throws Exception {
        var html = loginHtml();
        var form = new LinkedHashMap<String, String>();
        var m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">").matcher(html);
        while (m.find()) {
            form.put(m.group(1), PortalFixture.unescape(m.group(2)));
        }
        assertThat(html).contains("action=\"" + f.base() + "/\" method=\"post\"");

        var splash = f.post("/", form);

        assertThat(splash.statusCode()).as(splash.bodyAsString()).isEqualTo(200);
        var u = PortalFixture.hidden(splash.bodyAsString(), "u");
        var accept = f.post("/login", Map.of("u", u, "terms", "1", "lang", "id"));
        var page = accept.bodyAsString();
        assertThat(page).contains("action=\"http://10.5.50.1/login\"");
        var credential = f.store.find(PortalFixture.hidden(page, "username"), f.clock.instant()).orElseThrow();
        assertThat(credential.mac().value()).isEqualTo("AA:BB:CC:00:11:22");
        var md5 = MessageDigest.getInstance("MD5");
        md5.update((byte) 0357);
        md5.update(credential.password().getBytes(StandardCharsets.US_ASCII));
        md5.update(MikrotikLogin.decodeOctal(ROUTER.get("chap-challenge")));
        assertThat(PortalFixture.hidden(page, "password")).isEqualTo(HexFormat.of().formatHex(md5.digest()));
        assertThat(PortalFixture.hidden(page, "dst")).isEqualTo("http://example.id/berita?a=1&b=2");
    }

    @Test
    void theLinkHandsOffByGetToTheSameHandshake() {
        var m = Pattern.compile("<a href=\"([^\"]+)\">").matcher(loginHtml());
        assertThat(m.find()).isTrue();
        var link = URI.create(PortalFixture.unescape(m.group(1)));

        var splash = f.get(link.getRawPath() + "?" + link.getRawQuery());

        assertThat(splash.statusCode()).as(splash.bodyAsString()).isEqualTo(200);
        var u = PortalFixture.hidden(splash.bodyAsString(), "u");
        var hs = (MikrotikHandshake) Handshakes.parse(u);
        assertThat(hs.loginUrl()).isEqualTo("http://10.5.50.1/login");
        assertThat(hs.origUrl()).isEqualTo("http://example.id/berita?a=1&b=2");
        assertThat(hs.chapId()).containsExactly((byte) 0357);
        assertThat(hs.serverName()).isEqualTo("hotspot1");
    }

    @Test
    void aPostWithoutMikrotikFieldsIsStillOpenNdsAuthmon() {
        var r = f.post("/", Map.of("auth_get", "view"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.bodyAsString()).contains("authmon");
    }
}
