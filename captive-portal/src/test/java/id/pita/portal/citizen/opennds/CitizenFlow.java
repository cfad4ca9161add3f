package id.pita.portal.citizen.opennds;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.citizen.OpenNdsFas;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The steps of one citizen's login through the real openNDS and Pita, each checked as it happens. */
final class CitizenFlow {
    private static final Logger LOG = LoggerFactory.getLogger(CitizenFlow.class);

    private final NetLab lab;
    private final CurlClient client;
    private final OpenNdsGateway gateway;
    private final PitaFas pita;
    private final String origin;

    CitizenFlow(NetLab lab, CurlClient client, OpenNdsGateway gateway, PitaFas pita) {
        this.lab = lab;
        this.client = client;
        this.gateway = gateway;
        this.pita = pita;
        this.origin = "http://" + lab.internetIp + "/berita?id=7";
    }

    /** Before openNDS runs the lab routes the client to the internet: any redirect later is openNDS's doing. */
    void internetAnswersWithoutGateway() {
        var r = Poll.until("the internet server, reached from the client without openNDS", OpenNdsInteropIT.WAIT,
                () -> client.get(origin), x -> x.status() == 200);
        assertThat(r.body()).isEqualTo(InternetServer.BODY);
    }

    void run() {
        long t0 = System.nanoTime();
        gateway.awaitReady(OpenNdsInteropIT.WAIT);
        LOG.info("openNDS ready after {} ms", (System.nanoTime() - t0) / 1_000_000);
        var fasUrl = Poll.until("openNDS to redirect the client's HTTP request to the FAS", OpenNdsInteropIT.WAIT,
                this::originWhileGatewayRuns, r -> r.status() == 307).header("Location");
        LOG.info("openNDS redirected the client after {} ms", (System.nanoTime() - t0) / 1_000_000);
        var hid = fasNamesThisClient(fasUrl);

        var authUrl = acceptTermsOnPita(fasUrl);
        var authBase = "http://" + lab.gatewayLanIp + ":2050/opennds_auth/?tok=";
        var redir = "&redir=" + OpenNdsFas.rawUrlEncode(origin);
        assertThat(authUrl).isEqualTo(authBase + Sha256.hex(hid + OpenNdsInteropIT.FASKEY) + redir);
        forgedRhidIsSentBackToTheFas(authBase + Sha256.hex(hid + "not-the-faskey") + redir);

        loginAtTheGatewayLetsTheClientThrough(authUrl);
        LOG.info("citizen logged in and passed the gateway {} ms after openNDS started",
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** The level-1 redirect goes to Pita and names this client and gateway; returns its hid. */
    private String fasNamesThisClient(String fasUrl) {
        assertThat(fasUrl).startsWith(fasBase() + "?fas=");
        var fas = decodeFas(fasUrl.substring((fasBase() + "?fas=").length()));
        assertThat(fas).containsEntry("clientip", lab.clientIp).containsEntry("clientmac", NetLab.CLIENT_MAC)
                .containsEntry("gatewayname", OpenNdsInteropIT.GATEWAY_NAME)
                .containsEntry("gatewayaddress", lab.gatewayLanIp + ":2050");
        assertThat(decode(fas.get("originurl"))).isEqualTo(origin);
        var before = clientEntry();
        assertThat(before.getString("state")).isEqualTo("Preauthenticated");
        assertThat(fas.get("hid")).as("hid = sha256(openNDS's token)").isEqualTo(Sha256.hex(before.getString("token")));
        return fas.get("hid");
    }

    /** openNDS accepts Pita's rhid, sends the browser on to where it was going, and opens the gateway. */
    private void loginAtTheGatewayLetsTheClientThrough(String authUrl) {
        var auth = client.get(authUrl);
        LOG.info("openNDS answered the rhid login with {}", auth);
        assertThat(auth.status()).as("openNDS's answer to /opennds_auth/: %s", auth).isEqualTo(307);
        assertThat(auth.header("Location")).isEqualTo(origin);
        var through = Poll.until("the client's request to pass the gateway", OpenNdsInteropIT.WAIT,
                () -> client.get(origin), r -> r.status() == 200);
        assertThat(through.body()).isEqualTo(InternetServer.BODY);
        assertThat(clientEntry().getString("state")).isEqualTo("Authenticated");
    }

    private String fasBase() {
        return "http://" + lab.hostIp + ":" + pita.port + "/";
    }

    /** openNDS itself checks the rhid: one made with another key leaves the client at the FAS, unauthenticated. */
    private void forgedRhidIsSentBackToTheFas(String forgedUrl) {
        var forged = client.get(forgedUrl);
        assertThat(forged.status()).as("openNDS's answer to a forged rhid: %s", forged).isEqualTo(307);
        assertThat(forged.header("Location")).startsWith(fasBase() + "?fas=");
        assertThat(clientEntry().getString("state")).isEqualTo("Preauthenticated");
    }

    /** GETs the FAS URL from the client, checks the page is Pita's splash and submits its form as a browser. */
    private String acceptTermsOnPita(String fasUrl) {
        var splash = client.get(fasUrl);
        assertThat(splash.status()).as("Pita's splash: %s", splash).isEqualTo(200);
        var form = SplashForm.parse(splash.body());
        assertThat(form.method()).isEqualTo("post");
        assertThat(form.fields()).containsKey("terms");
        var accept = client.post(URI.create(fasUrl).resolve(form.action()).toString(), form.fields());
        assertThat(accept.status()).as("Pita's answer to the accepted terms: %s", accept).isEqualTo(302);
        return accept.header("Location");
    }

    private CurlClient.Response originWhileGatewayRuns() {
        if (!gateway.alive()) {
            throw new AssertionError("openNDS exited before redirecting the client");
        }
        return client.get(origin);
    }

    /** The client's entry in {@code ndsctl json}, by its MAC. */
    private JsonObject clientEntry() {
        var json = gateway.ndsctl("json").orFail().output();
        var clients = new JsonObject(json.substring(json.indexOf('{'))).getJsonObject("clients");
        assertThat(clients).as("ndsctl json: %s", json).isNotNull();
        var entry = clients.getJsonObject(NetLab.CLIENT_MAC);
        assertThat(entry).as("the client in ndsctl json: %s", json).isNotNull();
        return entry;
    }

    /** The level-1 {@code fas} value: base64 of {@code key=value, key=value, …}, decoded independently of Pita. */
    private static Map<String, String> decodeFas(String fas) {
        var text = new String(Base64.getDecoder().decode(decode(fas)), StandardCharsets.UTF_8);
        var fields = new LinkedHashMap<String, String>();
        for (var piece : text.split(", ")) {
            int eq = piece.indexOf('=');
            if (eq > 0) {
                fields.putIfAbsent(piece.substring(0, eq), piece.substring(eq + 1));
            }
        }
        return fields;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
