package id.pita.portal.app;

import static id.pita.portal.app.PitaIT.radclient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import id.pita.core.store.Store;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gateway's life as radclient plays it against the whole of Pita: Accounting-On / Off close its
 * sessions, and its last Access-Request and accounting are shown on /api/v1 and /metrics and kept in
 * the store across a restart.
 */
class GatewayLifecycleIT {
    @TempDir
    Path dir;
    TestPita t;
    String secret;

    @BeforeAll
    static void radclientIsInstalled() {
        if (!Files.isExecutable(PitaIT.RADCLIENT)) {
            fail(PitaIT.RADCLIENT + " is missing: install freeradius-utils (scripts/install-test-deps)");
        }
    }

    @BeforeEach
    void start() throws Exception {
        t = new TestPita(dir);
        secret = t.gateway(TestPita.OFFICE_GW).secret();
    }

    @AfterEach
    void stop() throws Exception {
        if (t != null) {
            t.close();
        }
    }

    private String start(String sessionId, String mac) throws Exception {
        return radclient(t.pita.accountingAddress(), "acct", secret, "Acct-Status-Type = Start, "
                + "Acct-Session-Id = \"" + sessionId + "\", User-Name = \"setda\", Calling-Station-Id = \"" + mac
                + "\", NAS-Identifier = \"psr-gw-setda\"\n");
    }

    @Test
    void accountingOnAndOffCloseEveryOpenSessionOfThatGateway() throws Exception {
        assertThat(start("80500001", "AA-BB-CC-00-00-01")).contains("Received Accounting-Response");
        assertThat(start("80500002", "AA-BB-CC-00-00-02")).contains("Received Accounting-Response");
        assertThat(t.pita.store().sessions().onlineAtGateway(TestPita.OFFICE_GW)).hasSize(2);

        var on = radclient(t.pita.accountingAddress(), "acct", secret,
                "Acct-Status-Type = Accounting-On, NAS-Identifier = \"psr-gw-setda\"\n");

        assertThat(on).contains("Received Accounting-Response");
        assertThat(t.pita.store().sessions().onlineAtGateway(TestPita.OFFICE_GW)).isEmpty();
        assertThat(t.pita.store().sessions().stopReason("psr-gw-setda/80500001")).contains("accounting-on");

        assertThat(start("80500003", "AA-BB-CC-00-00-03")).contains("Received Accounting-Response");
        var off = radclient(t.pita.accountingAddress(), "acct", secret,
                "Acct-Status-Type = Accounting-Off, NAS-Identifier = \"psr-gw-setda\"\n");
        assertThat(off).contains("Received Accounting-Response");
        assertThat(t.pita.store().sessions().online()).isEmpty();
        assertThat(t.pita.store().sessions().stopReason("psr-gw-setda/80500003")).contains("accounting-off");
    }

    @Test
    void unsignedRequestsFromAMikrotikAreAcceptedUnderAutoAndCountedWithRouterOsAdvice() throws Exception {
        var password = t.district.site("setda").orElseThrow().password();
        assertThat(t.gateway(TestPita.OFFICE_GW).messageAuthenticator().name()).isEqualTo("AUTO");
        // RouterOS 6.49: no Message-Authenticator at all
        assertThat(radclient(t.pita.authAddress(), "auth", secret, "User-Name = \"setda\", User-Password = \""
                + password + "\"\n")).contains("Received Access-Accept");

        var admin = t.admin();
        assertThat(admin.get("/metrics").body())
                .contains("pita_gateway_unsigned_access_requests{gateway=\"psr-gw-setda\"} 1\n");
        assertThat(admin.get("/console/gateways").body())
                .contains("1 permintaan tanpa Message-Authenticator")
                .contains("require-message-auth=yes-for-request-resp");

        // once it has signed one (7.15+), AUTO requires it: an unsigned one is dropped
        assertThat(radclient(t.pita.authAddress(), "auth", secret, "User-Name = \"setda\", User-Password = \""
                + password + "\", Message-Authenticator = 0x00\n")).contains("Received Access-Accept");
        assertThat(radclient(t.pita.authAddress(), "auth", secret, "User-Name = \"setda\", User-Password = \""
                + password + "\"\n")).doesNotContain("Received Access-Accept");
    }

    @Test
    void lastAccessRequestAndAccountingAreExposedAndKeptAcrossARestart() throws Exception {
        var password = t.district.site("setda").orElseThrow().password();
        assertThat(radclient(t.pita.authAddress(), "auth", secret, "User-Name = \"setda\", User-Password = \""
                + password + "\", Message-Authenticator = 0x00\n")).contains("Received Access-Accept");
        var now = t.pita.clock().instant().toString();

        var admin = t.admin();
        var activity = admin.json("GET", "/api/v1/gateways/activity", null);
        assertThat(activity.statusCode()).as(activity.body()).isEqualTo(200);
        var setda = new JsonArray(activity.body()).stream().map(o -> (JsonObject) o)
                .filter(o -> o.getString("id").equals(TestPita.OFFICE_GW)).findFirst().orElseThrow();
        assertThat(setda.getString("lastAccessRequest")).isEqualTo(now);
        assertThat(setda.getString("lastAccounting")).isNull();
        assertThat(setda.getString("lastCoaAck")).isNull();
        assertThat(setda.getBoolean("authenticatesWithoutAccounting")).as("the clock has not moved").isFalse();
        var metrics = admin.get("/metrics").body();
        assertThat(metrics).contains("pita_gateway_last_access_request_timestamp_seconds{gateway=\"psr-gw-setda\"} "
                + t.pita.clock().instant().getEpochSecond());

        assertThat(admin.get("/console/gateways").body()).as("in WITA on the console's gateway page")
                .contains("Access-Request: pukul 10.00 WITA<br>Accounting: belum pernah");

        assertThat(start("80500009", "AA-BB-CC-00-00-09")).contains("Received Accounting-Response");
        t.close();
        t = null;
        try (var store = Store.open(dir.resolve("data").resolve("pita.db"))) {
            var row = store.gatewayActivity().all().stream().filter(a -> a.gatewayId().equals(TestPita.OFFICE_GW))
                    .findFirst().orElseThrow();
            assertThat(row.lastAccessRequest().map(Object::toString)).contains(now);
            assertThat(row.lastAccounting().map(Object::toString)).contains(now);
            assertThat(row.signs()).as("it signed: AUTO keeps requiring that after a restart").isTrue();
        }
    }
}
