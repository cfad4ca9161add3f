package id.pita.portal.app;

import static id.pita.portal.app.GatewayHandshakesIT.b64;
import static id.pita.portal.app.GatewayHandshakesIT.hidden;
import static id.pita.portal.app.GatewayHandshakesIT.sha256Hex;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.citizen.AuthmonProof;
import id.pita.portal.testing.Client;
import id.pita.portal.testing.FromAddress;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 3, against the REAL running Pita (real listeners, real SQLite file, sessions made by real
 * radclient accounting): a device's status and quota go only to that device; authmon only to the openNDS gateway
 * from its registered address with its faskey proof; a handshake naming a login host that is not the gateway's
 * own is refused with a page in Bahasa Indonesia before anything is minted.
 */
class CitizenPrivacyIT {
    static final String PRIVATE = "hanya ditampilkan di perangkat itu sendiri";
    static final String HID = "8d2f6a0c5e1b47d9a3c6e0f1b2d4a5c6e7f8091a2b3c4d5e6f708192a3b4c5d6";

    @TempDir
    Path dir;
    TestPita t;

    @BeforeEach
    void start() throws Exception {
        PitaIT.radclientIsInstalled();
        t = new TestPita(dir);
        t.awaitFirstPlan();
    }

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    /** A real accounting Start from the office router: the device is online at {@code framedIp}. */
    void online(String mac, String framedIp, String sessionId) throws Exception {
        var r = PitaIT.radclient(t.pita.accountingAddress(), "acct", t.gateway(TestPita.OFFICE_GW).secret(),
                "Acct-Status-Type = Start, Acct-Session-Id = \"" + sessionId + "\", User-Name = \"setda\", "
                        + "Framed-IP-Address = " + framedIp + ", Calling-Station-Id = \"" + mac + "\"\n");
        assertThat(r).contains("Received Accounting-Response");
    }

    @Test
    void aStrangerGetsTheSameNeutralAnswerForAnOnlineDeviceAsForNone() throws Exception {
        online("AA-BB-CC-00-11-22", "10.5.50.23", "s-privacy-1");
        var stranger = new Client(t.base());

        var status = stranger.get("/status?mac=AA-BB-CC-00-11-22");
        var nobody = stranger.get("/status?mac=AA-BB-CC-99-99-99");
        var captive = stranger.get("/api/captive?mac=AA-BB-CC-00-11-22");
        var captiveNobody = stranger.get("/api/captive?mac=AA-BB-CC-99-99-99");

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains(PRIVATE).doesNotContain("Sisa waktu").doesNotContain("sudah terhubung");
        assertThat(status.body()).isEqualTo(nobody.body());
        assertThat(new JsonObject(captive.body()).getBoolean("captive")).isTrue();
        assertThat(new JsonObject(captive.body()).containsKey("seconds-remaining")).isFalse();
        assertThat(captive.body()).isEqualTo(captiveNobody.body());
        assertThat(stranger.get("/status?mac=AA-BB-CC-00-11-22&lang=en").body())
                .contains("shown only on that device");
    }

    @Test
    void theDeviceAtItsFramedIpSeesItsOwnStatusButNotAnotherDevices() throws Exception {
        online("AA-BB-CC-00-11-23", "127.0.0.1", "s-privacy-2");
        online("AA-BB-CC-00-11-24", "10.5.50.24", "s-privacy-3");
        var device = new Client(t.base());

        assertThat(device.get("/status?mac=AA-BB-CC-00-11-23").body()).contains("Anda sudah terhubung")
                .contains("Sisa waktu hari ini");
        var api = new JsonObject(device.get("/api/captive").body());
        assertThat(api.getBoolean("captive")).isFalse();
        assertThat(api.getLong("seconds-remaining")).isPositive();
        assertThat(device.get("/status?mac=AA-BB-CC-00-11-24").body()).contains(PRIVATE)
                .doesNotContain("Sisa waktu");
    }

    @Test
    void theTokenFromItsLoginShowsADeviceItsStatusBehindNat() {
        var browser = new Client(t.base());
        var splash = browser.get(GatewayHandshakesIT.MIKROTIK_SPLASH);
        var accept = browser.form("/login", Map.of("u", hidden(splash.body(), "u"), "terms", "1"));
        assertThat(accept.statusCode()).isEqualTo(200);
        var cookie = accept.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("pita_device=").containsIgnoringCase("HttpOnly").contains("SameSite=Lax");

        // The same browser (its cookie) from another source address: Pita behind the hotspot's NAT.
        var token = cookie.substring(0, cookie.indexOf(';'));
        var mine = FromAddress.get("127.0.0.9", t.pita.webAddress().getPort(), "/status?mac=AA-BB-CC-00-11-22",
                token);
        assertThat(mine.body()).contains("Sisa waktu hari ini").doesNotContain(PRIVATE);
        var other = FromAddress.get("127.0.0.9", t.pita.webAddress().getPort(), "/status?mac=AA-BB-CC-00-11-25",
                token);
        assertThat(other.body()).contains(PRIVATE);
        var forged = FromAddress.get("127.0.0.9", t.pita.webAddress().getPort(), "/status?mac=AA-BB-CC-00-11-22",
                "pita_device=AA-BB-CC-00-11-22.9999999999.AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(forged.body()).contains(PRIVATE).doesNotContain("Sisa waktu");
        assertThat(new Client(t.base()).get("/status?mac=AA-BB-CC-00-11-22").body()).contains(PRIVATE);
    }

    @Test
    void aMikrotikLoginUrlOnAnotherHostIsRefusedInBahasaAndNothingIsMinted() {
        var evil = GatewayHandshakesIT.MIKROTIK_SPLASH.replace("link-login-only=http%3A%2F%2F10.5.50.1%2Flogin",
                "link-login-only=http%3A%2F%2Fevil.example%2Flogin");
        var browser = new Client(t.base());

        var splash = browser.get(evil);
        var login = browser.form("/login", Map.of("u", t.base() + evil, "terms", "1"));
        var linkLogin = browser.get("/login?terms=1&u=" + java.net.URLEncoder.encode(t.base() + evil,
                java.nio.charset.StandardCharsets.UTF_8));

        for (var r : java.util.List.of(splash, login, linkLogin)) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("Alamat login yang diminta bukan milik hotspot ini")
                    .doesNotContain("name=\"password\"").doesNotContain("evil.example");
            assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void anOpenNdsGatewayAddressElsewhereIsRefused() {
        var fas = fas("10.99.0.1:2050");
        var browser = new Client(t.base());

        var splash = browser.get("/?fas=" + b64(fas));
        var login = browser.form("/login", Map.of("u", t.base() + "/?fas=" + b64(fas), "terms", "1"));

        assertThat(splash.statusCode()).isEqualTo(403);
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.headers().firstValue("Location")).isEmpty();
        assertThat(login.body()).contains("bukan milik hotspot ini");
    }

    @Test
    void authmonAnswersOnlyTheGatewayFromItsAddressWithItsFaskeyProof() throws Exception {
        var gateway = t.gateway(TestPita.OPENNDS_GW);
        var browser = new Client(t.base());
        var splash = browser.get("/?fas=" + b64(fas("192.168.8.1:2050")));
        assertThat(splash.statusCode()).as(splash.body()).isEqualTo(200);
        assertThat(browser.form("/login", Map.of("u", hidden(splash.body(), "u"), "terms", "1")).statusCode())
                .isEqualTo(302);
        var rhid = sha256Hex(HID + gateway.portalSecret());
        var hash = sha256Hex(gateway.id());
        long ts = t.pita.clock().instant().getEpochSecond();
        int port = t.pita.webAddress().getPort();

        // A citizen of that hotspot (behind its NAT, so from its address too) knows all but the faskey.
        assertThat(FromAddress.post("127.0.0.14", port, "/", poll("list", hash, ts, null)).status()).isEqualTo(403);
        assertThat(FromAddress.post("127.0.0.14", port, "/", poll("clear", hash, ts, "wrong-key")).status())
                .isEqualTo(403);
        assertThat(FromAddress.post("127.0.0.14", port, "/", poll("view", hash, ts - 600, gateway.portalSecret()))
                .status()).isEqualTo(403);
        assertThat(FromAddress.post("127.0.0.14", port, "/", poll("view", sha256Hex("nds-nobody"), ts,
                gateway.portalSecret())).status()).isEqualTo(403);
        // The faskey from anywhere else is not enough either.
        assertThat(FromAddress.post("127.0.0.1", port, "/", poll("view", hash, ts, gateway.portalSecret())).status())
                .isEqualTo(403);

        var view = FromAddress.post("127.0.0.14", port, "/", poll("view", hash, ts, gateway.portalSecret()));
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).startsWith("* " + rhid + "%20");
    }

    static String fas(String gatewayAddress) {
        return "hid=" + HID + ", clientip=192.168.8.23, clientmac=aa:bb:cc:00:55:66, client_type=cpd_can, "
                + "cpi_query=none, gatewayname=" + TestPita.OPENNDS_GW + ", gatewayurl=http%3A%2F%2Fstatus.client, "
                + "version=9.10.0, gatewayaddress=" + gatewayAddress + ", gatewaymac=0c0b0a090807, "
                + "originurl=http%3A%2F%2Fexample.id%2F, clientif=br-lan, themespec=none";
    }

    /** An authmon POST; with {@code faskey} null it carries no proof, as openNDS's own post-request.php. */
    static Map<String, String> poll(String action, String hash, long ts, String faskey) {
        var payload = b64("none");
        var form = new HashMap<>(Map.of("auth_get", action, "gatewayhash", hash, "payload", payload));
        if (faskey != null) {
            form.put("ts", Long.toString(ts));
            form.put("proof", AuthmonProof.of(faskey, ts, action, hash, payload));
        }
        return form;
    }
}
