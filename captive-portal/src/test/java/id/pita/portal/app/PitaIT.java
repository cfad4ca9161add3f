package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.portal.testing.Client;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole of Pita on loopback: HTTP surfaces, real radclient against the engine, live district edits, stop. */
class PitaIT {
    static final Path RADCLIENT = Path.of("/usr/bin/radclient");

    @TempDir
    Path dir;
    TestPita t;

    @BeforeAll
    static void radclientIsInstalled() {
        if (!Files.isExecutable(RADCLIENT)) {
            fail(RADCLIENT + " is missing: install freeradius-utils (scripts/install-test-deps)");
        }
    }

    @BeforeEach
    void start() throws Exception {
        t = new TestPita(dir);
        t.awaitFirstPlan();
    }

    @AfterEach
    void stop() throws Exception {
        if (t != null) {
            t.close();
        }
    }

    @Test
    void healthStatusMetricsAndPortalAnswer() {
        var http = new Client(t.base());

        assertThat(http.get("/health").statusCode()).isEqualTo(200);
        assertThat(http.get("/health").body()).contains("\"UP\"");
        var status = http.get("/status");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("Status Wi-Fi publik").contains("Kabupaten Paser");
        var device = http.get("/status?mac=AA:BB:CC:00:11:22");
        assertThat(device.statusCode()).isEqualTo(200);
        assertThat(device.body()).contains("Status koneksi").contains("4 jam 0 menit");
        var admin = new Client(t.adminBase());
        assertThat(admin.get("/health").body()).contains("\"UP\"");
        var metrics = admin.get("/metrics").body();
        assertThat(metrics).contains("pita_radius_packets_total").contains("pita_accounting_queued 0")
                .contains("pita_coa_in_flight 0");
        assertThat(admin.get("/console/login").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/captive").body()).contains("\"user-portal-url\":\"https://wifi.paser.example/\"");
    }

    @Test
    void officeLinkIsAcceptedByRadclientWithItsPlannedMikrotikRate() throws Exception {
        var setda = t.district.site("setda").orElseThrow();
        var planned = t.pita.livePlan().latest().orElseThrow().allocation().sites().get("setda");
        var guaranteed = setda.guarantee().min(planned);

        var r = radclient(t.pita.authAddress(), "auth", t.gateway(TestPita.OFFICE_GW).secret(),
                "User-Name = \"setda\", User-Password = \"" + setda.password() + "\", "
                        + "NAS-Identifier = \"psr-gw-setda\", Message-Authenticator = 0x00\n");

        assertThat(r).contains("Received Access-Accept");
        assertThat(r).contains("Mikrotik-Rate-Limit = \"" + rate(planned.up()) + "/" + rate(planned.down())
                + " 0/0 0/0 0/0 8 " + rate(guaranteed.up()) + "/" + rate(guaranteed.down()) + "\"");
    }

    @Test
    void officeLinkWithAWrongPasswordIsRejectedInBahasaIndonesiaAndOneWithoutCredentialsToo() throws Exception {
        var secret = t.gateway(TestPita.OFFICE_GW).secret();
        var wrong = radclient(t.pita.authAddress(), "auth", secret, "User-Name = \"setda\", "
                + "User-Password = \"bukan-sandinya\", Message-Authenticator = 0x00\n");
        assertThat(wrong).contains("Received Access-Reject")
                .contains("Reply-Message = \"Kata sandi tautan kantor salah. Periksa pengaturan RADIUS router.\"");
        var chap = radclient(t.pita.authAddress(), "auth", secret, "User-Name = \"setda\", "
                + "CHAP-Password = \"" + t.district.site("setda").orElseThrow().password()
                + "\", Message-Authenticator = 0x00\n");
        assertThat(chap).contains("Received Access-Accept");
        var none = radclient(t.pita.authAddress(), "auth", secret,
                "User-Name = \"setda\", Message-Authenticator = 0x00\n");
        assertThat(none).contains("Received Access-Reject")
                .contains("Reply-Message = \"Permintaan masuk tanpa kata sandi ditolak.\"");
    }

    @Test
    void coaClientBindsTheRadiusBindAddress() {
        assertThat(t.pita.coaAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void accountingIsAcknowledgedOnlyOnceStoredAndTheSessionIsOnline() throws Exception {
        var r = radclient(t.pita.accountingAddress(), "acct", t.gateway(TestPita.OFFICE_GW).secret(),
                "Acct-Status-Type = Start, Acct-Session-Id = \"s-1\", User-Name = \"setda\", "
                        + "Framed-IP-Address = 10.20.0.2, Calling-Station-Id = \"AA-BB-CC-00-00-01\"\n");

        assertThat(r).contains("Received Accounting-Response");
        var online = t.pita.store().sessions().online();
        assertThat(online).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("psr-gw-setda/s-1");
            assertThat(s.siteCode()).isEqualTo("setda");
        });
    }

    @Test
    void aGatewayAddedInTheConsoleIsServedAtOnce() throws Exception {
        var bappeda = List.of(RadiusAttribute.ofString(AttributeType.USER_NAME, "bappeda"));
        var admin = new Client(t.adminBase());
        assertThat(admin.login("admin", t.pita.bootstrapPassword().orElseThrow()).statusCode()).isEqualTo(200);
        // The printed password is used up: first a password of one's own, then (an admin) a second factor.
        assertThat(admin.json("POST", "/api/v1/gateways", new JsonObject()).statusCode()).isEqualTo(403);
        var mine = "diskominfo paser satu komando";
        assertThat(admin.json("POST", "/api/v1/account/password", new JsonObject().put("newPassword", mine))
                .statusCode()).isEqualTo(204);
        var totpSecret = id.pita.portal.auth.Totp.newSecret(new java.security.SecureRandom());
        assertThat(admin.json("POST", "/api/v1/account/totp", new JsonObject().put("currentPassword", mine)
                .put("secret", totpSecret).put("code", id.pita.portal.auth.Totp.code(totpSecret, java.time.Instant.now())))
                .statusCode()).isEqualTo(200);

        var created = admin.json("POST", "/api/v1/gateways", new JsonObject().put("id", "psr-gw-bappeda-2")
                .put("siteCode", "bappeda").put("address", "127.0.0.4").put("vendor", "MIKROTIK").put("coaPort", 0)
                .put("currentPassword", mine));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var secret = new JsonObject(created.body()).getString("secret");
        assertThat(t.pita.district().current().gateway("psr-gw-bappeda-2")).isPresent();
        assertThat(t.pita.store().districts().load("paser").orElseThrow().gateway("psr-gw-bappeda-2")).isPresent();
        var answer = RadiusTestClient.accessRequest(t.pita.authAddress(), "127.0.0.4", secret,
                t.district.site("bappeda").orElseThrow().password(), bappeda);
        assertThat(answer.code()).isEqualTo(PacketCode.ACCESS_ACCEPT);
    }

    @Test
    void stopIsOrderedBoundedAndReleasesThePorts() throws Exception {
        var web = t.pita.webAddress();
        long t0 = System.nanoTime();

        t.pita.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(30);
        assertThatThrownBy(() -> new Socket(web.getAddress(), web.getPort()).close()).isInstanceOf(IOException.class);
        try (var again = new java.net.DatagramSocket(t.pita.authAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(t.pita.authAddress().getPort());
        }
        assertThat(t.pita.stop().toCompletableFuture()).isCompleted();
    }

    @Test
    void aPortInUseFailsTheStartAndStopsWhatHadStarted() throws Exception {
        var taken = t.pita.webAddress().getPort();
        var other = dir.resolve("other").resolve("pita.db");
        var config = PitaConfig.parse("dataFile: " + other + "\n"
                + "radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0}\n"
                + "web: {host: 127.0.0.1, port: " + taken + "}\n", "test");

        var failed = Pita.start(config).toCompletableFuture();

        assertThatThrownBy(() -> failed.get(60, TimeUnit.SECONDS)).hasMessageContaining("Address already in use");
        try (var store = id.pita.core.store.Store.open(other)) {
            assertThat(store.districts().codes()).containsExactly("paser");
        }
    }

    /** RouterOS's notation, written out independently of the engine's formatter. */
    static String rate(long bps) {
        if (bps % 1_000_000 == 0) {
            return bps / 1_000_000 + "M";
        }
        return bps % 1_000 == 0 ? bps / 1_000 + "k" : Long.toString(bps);
    }

    static String radclient(InetSocketAddress server, String command, String secret, String attributes)
            throws Exception {
        var args = new ArrayList<>(List.of(RADCLIENT.toString(), "-x", "-t", "2", "-r", "2",
                server.getHostString() + ":" + server.getPort(), command, secret));
        var process = new ProcessBuilder(args).redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            in.write(attributes.getBytes(StandardCharsets.UTF_8));
        }
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("radclient did not finish within 30 s:\n" + output);
        }
        return output;
    }
}
