package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plays CoovaChilli: a signed UAM redirect, then checks the /logon redirect's CHAP response. */
class ChilliLoginIT {
    static final String CHALLENGE = "5c3a9e11d07b42f8a6e0193bc4d2f7a1";
    private final PortalFixture f = new PortalFixture();

    @AfterEach
    void close() {
        f.close();
    }

    /** The URL as chilli's redir.c builds it: parameters in its order, then md over everything before. */
    String signed(String res, String extra) throws Exception {
        var url = f.base() + "/?res=" + res + "&uamip=10.1.0.1&uamport=3990&challenge=" + CHALLENGE
                + "&called=00-0C-42-AA-BB-CC&mac=AA-BB-CC-00-33-44&ip=10.1.0.77&nasid=chilli-pasar"
                + "&sessionid=5f1e&userurl=http%3A%2F%2Fexample.id%2F%3Fq%3D1" + extra;
        var md = MessageDigest.getInstance("MD5").digest((url + PortalFixture.UAMSECRET).getBytes(StandardCharsets.UTF_8));
        return url + "&md=" + HexFormat.of().formatHex(md).toUpperCase(Locale.ROOT);
    }

    @Test
    void acceptRedirectsToLogonWithAnIndependentlyComputedChapResponse() throws Exception {
        var url = signed("notyet", "");
        var splash = f.get(url.substring(f.base().length()));
        assertThat(splash.statusCode()).isEqualTo(200);
        var u = PortalFixture.hidden(splash.bodyAsString(), "u");

        var accept = f.post("/login", Map.of("u", u, "terms", "1"));

        assertThat(accept.statusCode()).isEqualTo(302);
        var location = accept.getHeader("Location");
        assertThat(location).startsWith("http://10.1.0.1:3990/logon?username=c-")
                .endsWith("&userurl=http%3A%2F%2Fexample.id%2F%3Fq%3D1");
        var username = location.replaceAll(".*username=([^&]+).*", "$1");
        var response = location.replaceAll(".*response=([^&]+).*", "$1");
        var credential = f.store.find(username, f.clock.instant()).orElseThrow();
        var k = MessageDigest.getInstance("MD5");
        k.update(HexFormat.of().parseHex(CHALLENGE));
        k.update(PortalFixture.UAMSECRET.getBytes(StandardCharsets.UTF_8));
        var r = MessageDigest.getInstance("MD5");
        r.update((byte) 0);
        r.update(credential.password().getBytes(StandardCharsets.UTF_8));
        r.update(k.digest());
        assertThat(response).isEqualTo(HexFormat.of().formatHex(r.digest()));
        assertThat(credential.mac().value()).isEqualTo("AA:BB:CC:00:33:44");
    }

    @Test
    void forgedRedirectIsRefusedInBahasaIndonesiaAndNothingIsMinted() throws Exception {
        var forged = signed("notyet", "").replace("ip=10.1.0.77", "ip=10.1.0.78");

        var splash = f.get(forged.substring(f.base().length()));
        var accept = f.post("/login", Map.of("u", forged, "terms", "1"));

        assertThat(splash.statusCode()).isEqualTo(403);
        assertThat(accept.statusCode()).isEqualTo(403);
        assertThat(accept.bodyAsString()).contains("tidak berasal dari hotspot yang sah").contains("lang=\"id\"");
        assertThat(f.store.size()).isZero();
    }

    @Test
    void unsignedRedirectIsRefusedWhenTheGatewayHasAUamsecret() throws Exception {
        var unsigned = signed("notyet", "").replaceAll("&md=.*", "");

        assertThat(f.post("/login", Map.of("u", unsigned, "terms", "1")).statusCode()).isEqualTo(403);
        assertThat(f.store.size()).isZero();
    }

    @Test
    void successShowsTheStatusPageWithChillisLogoff() throws Exception {
        f.byIp.put("127.0.0.1", id.pita.core.session.MacAddress.parse("AA-BB-CC-00-33-44"));
        var page = f.get(signed("success", "&timeleft=3600").substring(f.base().length()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.bodyAsString()).contains("Status koneksi").contains("href=\"http://10.1.0.1:3990/logoff\"");
    }

    @Test
    void successShowsAnotherDeviceNothing() throws Exception {
        var page = f.get(signed("success", "&timeleft=3600").substring(f.base().length()));

        assertThat(page.bodyAsString()).contains("hanya ditampilkan di perangkat itu sendiri")
                .doesNotContain("Sisa waktu");
    }

    @Test
    void failedShowsTheReplyMessageAndLogoffSaysSo() throws Exception {
        var failed = f.get(signed("failed", "&reply=Kuota+harian+Anda+sudah+habis").substring(f.base().length()));
        var logoff = f.get(signed("logoff", "").substring(f.base().length()));

        assertThat(failed.bodyAsString()).contains("Login gagal: Kuota harian Anda sudah habis");
        assertThat(logoff.bodyAsString()).contains("Anda sudah keluar dari WiFi publik.");
    }
}
