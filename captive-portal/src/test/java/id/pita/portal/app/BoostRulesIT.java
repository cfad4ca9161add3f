package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.auth.Role;
import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Boosts with limits on the real server and store: size within the site's ceiling, duration within
 * {@code console.boostMaxDuration}, no start in the past; nobody approves their own request unless the district
 * is configured as single-admin; an approved boost can be revoked, and the control loop's next round (which
 * reads {@link StoreEnginePorts#boosts}) no longer sees it.
 */
class BoostRulesIT {
    // ConsoleServer.START is Monday 2026-11-23 11:30 WITA.
    private static JsonObject boost(String from, String until, int down) {
        return new JsonObject().put("siteCode", "bappeda").put("extra.down", down).put("extra.up", 2)
                .put("from", from).put("until", until).put("reason", "rapat daring");
    }

    private static String field(Client c, JsonObject body) {
        var r = c.json("POST", "/api/v1/boosts", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        return new JsonObject(r.body()).getJsonObject("error").getString("field");
    }

    @Test
    void requestsStayWithinTheLimitsAndNobodyApprovesTheirOwn() throws Exception {
        try (var server = new ConsoleServer()) {
            server.accounts.create("admin2", ConsoleServer.PASSWORD, Role.ADMIN, null);
            server.accounts.users().save(server.accounts.users().find("admin2").orElseThrow()
                    .withTotp(ConsoleServer.ADMIN_TOTP));
            var opd = server.client();
            var admin = server.client();
            var admin2 = server.client();
            assertThat(opd.login("opd-bappeda", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            assertThat(admin.login("admin", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            assertThat(admin2.login("admin2", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);

            assertThat(field(opd, boost("2026-11-23T13:00", "2026-11-23T15:00", 31))).isEqualTo("extra.down");
            assertThat(field(opd, boost("2026-11-23T13:00", "2026-11-24T01:01", 10))).isEqualTo("until");
            assertThat(field(opd, boost("2026-11-23T11:29", "2026-11-23T12:00", 10))).isEqualTo("from");
            assertThat(field(opd, boost("2026-11-23T13:00", "2026-11-23T12:00", 10))).isEqualTo("until");
            var atCeiling = opd.json("POST", "/api/v1/boosts", boost("2026-11-23T11:30", "2026-11-23T23:30", 30));
            assertThat(atCeiling.statusCode()).as(atCeiling.body()).isEqualTo(201);

            var own = new JsonObject(admin.json("POST", "/api/v1/boosts", boost("2026-11-23T12:00",
                    "2026-11-23T14:00", 10)).body()).getLong("id");
            var selfApproval = admin.json("POST", "/api/v1/boosts/" + own + "/approve", null);
            assertThat(selfApproval.statusCode()).isEqualTo(403);
            assertThat(selfApproval.body()).contains("nobody approves their own request");
            assertThat(server.lastAudit("access.denied").actor()).isEqualTo("admin");
            assertThat(admin2.json("POST", "/api/v1/boosts/" + own + "/approve", null).statusCode()).isEqualTo(200);
            // The page offers no approve button on one's own request.
            var opdOwn = new JsonObject(opd.json("POST", "/api/v1/boosts", boost("2026-11-23T12:00",
                    "2026-11-23T13:00", 5)).body()).getLong("id");
            var page = admin.get("/console/boosts").body();
            assertThat(page).contains("/console/boosts/" + opdOwn + "/approve")
                    .doesNotContain("/console/boosts/" + own + "/approve");
        }
    }

    @Test
    void aSingleAdminDistrictMayApproveItsOwnRequests() throws Exception {
        var single = new PitaConfig.Console(Duration.ofMinutes(15), Duration.ofHours(12), Duration.ofHours(4), true);
        try (var server = new ConsoleServer(false, single, Files.createTempDirectory("pita-single"))) {
            var admin = server.client();
            assertThat(admin.login("admin", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            assertThat(field(admin, boost("2026-11-23T12:00", "2026-11-23T16:01", 10))).isEqualTo("until");
            var id = new JsonObject(admin.json("POST", "/api/v1/boosts", boost("2026-11-23T12:00",
                    "2026-11-23T16:00", 10)).body()).getLong("id");
            assertThat(admin.json("POST", "/api/v1/boosts/" + id + "/approve", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRevokedBoostIsGoneFromTheControlLoopsNextRound() throws Exception {
        try (var server = new ConsoleServer()) {
            var opd = server.client();
            var admin = server.client();
            assertThat(opd.login("opd-bappeda", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            assertThat(admin.login("admin", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            var id = new JsonObject(opd.json("POST", "/api/v1/boosts", boost("2026-11-23T12:00", "2026-11-23T14:00",
                    10)).body()).getLong("id");
            assertThat(admin.json("POST", "/api/v1/boosts/" + id + "/revoke", null).statusCode()).isEqualTo(409);
            assertThat(admin.json("POST", "/api/v1/boosts/" + id + "/approve", null).statusCode()).isEqualTo(200);
            var engine = new StoreEnginePorts(server.store);
            var during = Instant.parse("2026-11-23T04:30:00Z"); // 12:30 WITA
            assertThat(engine.boosts(during)).extracting(b -> b.id()).containsExactly(id);
            assertThat(opd.json("POST", "/api/v1/boosts/" + id + "/revoke", null).statusCode()).isEqualTo(403);
            var revoked = admin.json("POST", "/api/v1/boosts/" + id + "/revoke", null);
            assertThat(new JsonObject(revoked.body()).getString("state")).isEqualTo("REVOKED");
            assertThat(engine.boosts(during)).isEmpty();
            var audit = server.lastAudit("boost.revoke");
            assertThat(audit.actor()).isEqualTo("admin");
            assertThat(audit.afterJson()).contains("REVOKED");
            assertThat(admin.get("/console/boosts").body()).contains("REVOKED (admin)");
        }
    }
}
