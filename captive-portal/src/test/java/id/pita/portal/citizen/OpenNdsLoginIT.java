package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plays openNDS: the FAS level 1 redirect, the rhid login, and the authmon view/ack cycle of levels 3/4. */
class OpenNdsLoginIT {
    static final String HID = "8d2f6a0c5e1b47d9a3c6e0f1b2d4a5c6e7f8091a2b3c4d5e6f708192a3b4c5d6";
    private final PortalFixture f = new PortalFixture();

    @AfterEach
    void close() {
        f.close();
    }

    static String fasQuery() {
        var fields = "hid=" + HID + ", clientip=192.168.8.23, clientmac=aa:bb:cc:00:55:66, client_type=cpd_can, "
                + "cpi_query=none, gatewayname=Alun%20Alun%20Tanah%20Grogot, gatewayurl=http%3A%2F%2Fstatus.client, "
                + "version=9.10.0, gatewayaddress=192.168.8.1:2050, gatewaymac=0c0b0a090807, "
                + "originurl=http%3A%2F%2Fexample.id%2Fberita%3Fid%3D7, clientif=br-lan, themespec=none";
        return "/?fas=" + Base64.getEncoder().encodeToString(fields.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** An authmon POST as the gateway makes it, with its faskey proof. */
    Map<String, String> authmon(String action, String hash, String payload) {
        long ts = f.clock.instant().getEpochSecond();
        return Map.of("auth_get", action, "gatewayhash", hash, "payload", payload, "ts", Long.toString(ts),
                "proof", AuthmonProof.of(PortalFixture.FASKEY, ts, action, hash, payload));
    }

    String login() {
        var splash = f.get(fasQuery());
        assertThat(splash.statusCode()).isEqualTo(200);
        var accept = f.post("/login", Map.of("u", PortalFixture.hidden(splash.bodyAsString(), "u"), "terms", "1"));
        assertThat(accept.statusCode()).isEqualTo(302);
        return accept.getHeader("Location");
    }

    @Test
    void acceptRedirectsToOpenndsAuthWithRhid() throws Exception {
        var location = login();

        assertThat(location).isEqualTo("http://192.168.8.1:2050/opennds_auth/?tok=" + sha256(HID + PortalFixture.FASKEY)
                + "&redir=http%3A%2F%2Fexample.id%2Fberita%3Fid%3D7");
    }

    @Test
    void authmonViewListsTheAdmissionUntilTheGatewayAcknowledgesIt() throws Exception {
        login();
        var rhid = sha256(HID + PortalFixture.FASKEY);
        var poll = authmon("view", PortalFixture.ndsHash(), b64("none"));

        var view = f.post("/", poll);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.bodyAsString()).isEqualTo("* " + rhid + "%20120%20512%202048%200%20500000%20none");
        assertThat(f.post("/", poll).bodyAsString()).startsWith("* " + rhid);

        var ack = f.post("/", authmon("view", PortalFixture.ndsHash(), b64("* " + rhid)));
        assertThat(ack.bodyAsString()).isEqualTo("ack");
        assertThat(f.post("/", poll).bodyAsString()).isEqualTo("*");
    }

    @Test
    void authmonFromAnUnknownGatewayOrWithoutProofIsRefused() {
        var unknown = f.post("/", authmon("view", "00ff", b64("none")));
        var noProof = f.post("/", Map.of("auth_get", "view", "gatewayhash", PortalFixture.ndsHash(), "payload",
                b64("none")));

        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(noProof.statusCode()).isEqualTo(403);
    }

    @Test
    void authmonClearForgetsWaitingAdmissions() {
        login();
        var clear = f.post("/", authmon("clear", PortalFixture.ndsHash(), b64("none")));

        assertThat(clear.bodyAsString()).isEqualTo("ack");
        assertThat(f.post("/", authmon("view", PortalFixture.ndsHash(), b64("none"))).bodyAsString())
                .isEqualTo("*");
    }
}
