package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.testing.Client;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's gateway set-up pages on a real Pita: secrets for admins only, every view audited. */
class GatewaySetupPagesIT {
    @TempDir
    Path dir;

    @Test
    void anAdminSeesAndDownloadsTheGeneratedConfigurationAndTheViewIsAudited() throws Exception {
        try (var t = new TestPita(dir)) {
            var admin = t.admin();
            var gw = t.gateway(TestPita.MIKROTIK_GW);

            assertThat(admin.get("/console/gateway-setup").body()).contains("/console/gateways/" + gw.id() + "/setup");
            var page = admin.get("/console/gateways/" + gw.id() + "/setup");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("pita-setup.rsc").contains("pita-login.html")
                    .contains("secret=&quot;" + gw.secret() + "&quot;").contains("src-address=127.0.0.2")
                    .contains("authentication-port=" + t.pita.authAddress().getPort());
            var file = admin.get("/console/gateways/" + gw.id() + "/setup/pita-setup.rsc");
            assertThat(file.headers().firstValue("Content-Disposition")).contains(
                    "attachment; filename=\"pita-setup.rsc\"");
            assertThat(file.body()).startsWith("# Pita: MikroTik RouterOS hotspot set-up");
            var chilli = admin.get("/console/gateways/" + TestPita.CHILLI_GW + "/setup/config").body();
            assertThat(chilli).contains("HS_RADSECRET=" + t.gateway(TestPita.CHILLI_GW).secret());

            var audit = admin.get("/api/v1/audit").body();
            assertThat(audit).contains("gateway.setup.view").contains("gateway:" + gw.id());

            var anonymous = new Client(t.adminBase());
            assertThat(anonymous.get("/console/gateways/" + gw.id() + "/setup").statusCode()).isEqualTo(302);
            var viewerPassword = new JsonObject(admin.json("POST", "/api/v1/users", new JsonObject()
                    .put("username", "pemantau").put("role", "VIEWER")).body()).getString("password");
            var viewer = new Client(t.adminBase());
            viewer.login("pemantau", viewerPassword);
            // A password an admin set is good for one log-in: the viewer chooses its own before anything else.
            assertThat(viewer.json("POST", "/api/v1/account/password", new JsonObject()
                    .put("newPassword", "Lembayung-Senja-Tanah-Grogot-7")).statusCode()).isBetween(200, 299);
            var refused = viewer.get("/console/gateways/" + gw.id() + "/setup");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(gw.secret());
        }
    }
}
