package id.pita.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Walks every API operation once as an admin, checks its effect, and that every documented operation was called. */
class ApiRoutesIT {
    private static ConsoleServer server;
    private final TreeSet<String> called = new TreeSet<>();
    private Client client;

    @BeforeAll
    static void start() throws Exception {
        server = new ConsoleServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> call(String method, String template, String path, JsonObject body, int expected) {
        return callAs(client, method, template, path, body, expected);
    }

    private HttpResponse<String> callAs(Client who, String method, String template, String path, JsonObject body,
                                        int expected) {
        called.add(method + " " + template);
        var r = who.json(method, "/api/v1" + path, body);
        assertThat(r.statusCode()).as(method + " " + path + " -> " + r.body()).isEqualTo(expected);
        return r;
    }

    private static JsonObject obj(HttpResponse<String> r) {
        return new JsonObject(r.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationWorksForAnAdmin() throws Exception {
        client = server.client();
        called.add("POST /login");
        assertThat(client.login("admin", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(obj(call("GET", "/me", "/me", null, 200)).getString("role")).isEqualTo("ADMIN");
        assertThat(obj(call("GET", "/district", "/district", null, 200)).getString("name"))
                .isEqualTo("Kabupaten Paser");
        districtOperations();
        calendarAndPolicies();
        operations();
        try (var in = getClass().getResourceAsStream("/console/openapi.yaml")) {
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) ((Map<String,
                    Object>) new Yaml().load(in)).get("paths");
            var documented = new TreeSet<String>();
            paths.forEach((p, ops) -> ops.keySet().stream().filter(k -> !k.equals("parameters"))
                    .forEach(m -> documented.add(m.toUpperCase() + " " + p)));
            assertThat(called).containsExactlyElementsOf(documented);
        }
    }

    private void districtOperations() {
        var pool = obj(call("PUT", "/pool", "/pool", new JsonObject().put("capacity.down", 200).put("capacity.up", 80)
                .put("monthlyCostIdr", 20_000_000), 200));
        assertThat(pool.getJsonObject("capacity").getLong("down")).isEqualTo(200_000_000L);
        var audit = server.auditEntries().get(0);
        assertThat(audit.action()).isEqualTo("pool.update");
        assertThat(audit.actor()).isEqualTo("admin");
        // Only what changed is stored, not the whole district.
        assertThat(new JsonObject(audit.beforeJson())).isEqualTo(new JsonObject().put("pool.capacity.down",
                100_000_000L).put("pool.capacity.up", 40_000_000L).put("pool.monthlyCostIdr", 15_000_000L));
        assertThat(new JsonObject(audit.afterJson()).getLong("pool.capacity.down")).isEqualTo(200_000_000L);
        assertThat(audit.address()).isEqualTo("127.0.0.1");
        assertThat(new JsonArray(call("GET", "/sites", "/sites", null, 200).body())).hasSize(4);
        var site = new JsonObject().put("code", "kec-longikis").put("name", "Kantor Camat Long Ikis").put("kind",
                "OFFICE")
                .put("area", "Long Ikis").put("guarantee.down", 5).put("guarantee.up", 2).put("ceiling.down", 20)
                .put("ceiling.up", 5).put("weight", 10);
        var created = obj(call("POST", "/sites", "/sites", site, 201));
        var password = created.getString("password");
        assertThat(password).as("a new office gets a password, shown once").hasSizeGreaterThanOrEqualTo(20);
        assertThat(server.district().site("kec-longikis").orElseThrow().password()).isEqualTo(password);
        var read = obj(call("GET", "/sites/{code}", "/sites/kec-longikis", null, 200));
        assertThat(read.getString("area")).isEqualTo("Long Ikis");
        assertThat(read.getBoolean("passwordSet")).isTrue();
        assertThat(read.containsKey("password")).isFalse();
        var updated = obj(call("PUT", "/sites/{code}", "/sites/kec-longikis", site.copy().put("weight", 20), 200));
        assertThat(updated.getInteger("weight")).isEqualTo(20);
        assertThat(updated.containsKey("password")).as("kept, so not shown again").isFalse();
        assertThat(server.district().site("kec-longikis").orElseThrow().password()).isEqualTo(password);
        var typed = obj(call("PUT", "/sites/{code}", "/sites/kec-longikis", site.copy().put("password",
                "sandi-baru-kec"), 200));
        assertThat(typed.getString("password")).isEqualTo("sandi-baru-kec");
        assertThat(server.auditEntries().stream().map(a -> a.afterJson()))
                .noneMatch(json -> json.contains(password) || json.contains("sandi-baru-kec"));
        var gateways = call("GET", "/gateways", "/gateways", null, 200).body();
        assertThat(new JsonArray(call("GET", "/gateways/activity", "/gateways/activity", null, 200).body()))
                .as("this test double's engine tracks no activity (PitaIT's GatewayLifecycleIT does)").isEmpty();
        assertThat(gateways).contains("gw-taman").doesNotContain("s3cret");
        var gw = obj(call("POST", "/gateways", "/gateways", new JsonObject().put("id", "gw-kec").put("siteCode",
                "kec-longikis")
                .put("address", "10.1.0.9").put("vendor", "COOVACHILLI").put("currentPassword", ConsoleServer.PASSWORD),
                201));
        assertThat(gw.getString("secret")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(gw.getString("portalSecret")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(server.district().gateway("gw-kec")).isPresent();
        call("DELETE", "/gateways/{id}", "/gateways/gw-kec", null, 204);
        call("DELETE", "/sites/{code}", "/sites/kec-longikis", null, 204);
        assertThat(server.district().site("kec-longikis")).isEmpty();
    }

    private void calendarAndPolicies() {
        call("GET", "/calendar", "/calendar", null, 200);
        var week = obj(call("PUT", "/calendar/week", "/calendar/week", new JsonObject().put("MONDAY.start", "07:30")
                .put("MONDAY.end", "16:00").put("FRIDAY.start", "07:30").put("FRIDAY.end", "11:30"), 200));
        assertThat(week.getJsonObject("regular").getJsonObject("MONDAY").getString("start")).isEqualTo("07:30");
        assertThat(week.getJsonObject("regular").getJsonObject("TUESDAY").getBoolean("off")).isTrue();
        call("POST", "/calendar/holidays", "/calendar/holidays", new JsonObject().put("date", "2026-12-25")
                .put("name", "Hari Raya Natal").put("kind", "NATIONAL"), 200);
        call("POST", "/calendar/exceptions", "/calendar/exceptions", new JsonObject().put("date", "2026-12-09")
                .put("reason", "Pilkada"), 200);
        var ram = obj(call("POST", "/calendar/ramadan", "/calendar/ramadan", new JsonObject().put("first", "2027-02-08")
                .put("last", "2027-03-09").put("start", "08:00").put("end", "15:00").put("fridayEnd", "15:30"), 200));
        assertThat(ram.getJsonArray("ramadan")).hasSize(1);
        call("DELETE", "/calendar/{kind}/{date}", "/calendar/holiday/2026-12-25", null, 204);
        assertThat(server.district().calendar().holidays()).isEmpty();
        assertThat(obj(call("GET", "/policies", "/policies", null, 200)).fieldNames()).contains("OFFICE_HOURS",
                "AFTER_HOURS");
        var pol = obj(call("PUT", "/policies/{regime}", "/policies/AFTER_HOURS", new JsonObject()
                .put("office.guaranteed", 0.2)
                .put("office.ceiling", 0.5).put("office.weight", 1).put("hotspot.guaranteed", 0.6)
                        .put("hotspot.ceiling", 1)
                .put("hotspot.weight", 4).put("hotspotsOpen", true), 200));
        assertThat(pol.getJsonObject("hotspot").getDouble("guaranteed")).isEqualTo(0.6);
        call("GET", "/citizen-plan", "/citizen-plan", null, 200);
        var plan = obj(call("PUT", "/citizen-plan", "/citizen-plan", new JsonObject().put("deviceCap.down", 3)
                .put("deviceCap.up", 1)
                .put("dailyDataMb", 1000).put("dailyTimeMinutes", 180).put("sessionTimeoutMinutes", 60)
                .put("idleTimeoutMinutes", 10).put("interimIntervalSeconds", 300).put("devicesPerPerson", 2), 200));
        assertThat(plan.getLong("dailyDataBytes")).isEqualTo(1_000_000_000L);
    }

    /** A new user's first log-in, password change, second factor and sessions, over the API. */
    private void accountOperations(String temporary) {
        var dinkes = server.client();
        assertThat(dinkes.login("opd-dinkes", temporary).statusCode()).isEqualTo(200);
        var refused = dinkes.json("GET", "/api/v1/district", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("account_setup");
        callAs(dinkes, "POST", "/account/password", "/account/password", new JsonObject()
                .put("newPassword", "dinkes sehat selalu"), 204);
        assertThat(dinkes.json("GET", "/api/v1/district", null).statusCode()).isEqualTo(200);
        var secret = id.pita.portal.auth.Totp.newSecret(new java.security.SecureRandom());
        var codes = obj(callAs(dinkes, "POST", "/account/totp", "/account/totp", new JsonObject()
                .put("currentPassword", "dinkes sehat selalu").put("secret", secret)
                .put("code", id.pita.portal.auth.Totp.code(secret, server.authClock.instant())), 200));
        assertThat(codes.getJsonArray("recoveryCodes")).hasSize(10);
        var second = new Client(server.base());
        assertThat(second.login("opd-dinkes", "dinkes sehat selalu").statusCode()).isEqualTo(401); // needs the code
        assertThat(second.json("POST", "/api/v1/login", new JsonObject().put("username", "opd-dinkes")
                .put("password", "dinkes sehat selalu").put("otp", codes.getJsonArray("recoveryCodes").getString(0)))
                .statusCode()).isEqualTo(200);
        var sessions = new JsonArray(callAs(dinkes, "GET", "/account/sessions", "/account/sessions", null, 200)
                .body());
        assertThat(sessions).hasSize(2);
        assertThat(obj(callAs(dinkes, "POST", "/account/sessions/end-others", "/account/sessions/end-others", null,
                200)).getInteger("ended")).isEqualTo(1);
        var mine = new JsonArray(dinkes.json("GET", "/api/v1/account/sessions", null).body()).getJsonObject(0);
        assertThat(mine.getBoolean("current")).isTrue();
        callAs(dinkes, "DELETE", "/account/sessions/{id}", "/account/sessions/" + mine.getLong("id"), null, 204);
        assertThat(dinkes.json("GET", "/api/v1/me", null).statusCode()).isEqualTo(401);
    }

    private void operations() {
        var boost = new JsonObject().put("siteCode", "bappeda").put("extra.down", 20).put("extra.up", 10)
                .put("from", "2026-11-24T10:00").put("until", "2026-11-24T12:00").put("reason", "rapat daring");
        var opd = server.client();
        assertThat(opd.login("opd-bappeda", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
        var b1 = obj(callAs(opd, "POST", "/boosts", "/boosts", boost, 201));
        assertThat(b1.getString("from")).isEqualTo("2026-11-24T02:00:00Z");
        assertThat(new JsonArray(call("GET", "/boosts", "/boosts", null, 200).body())).hasSize(1);
        assertThat(obj(call("POST", "/boosts/{id}/approve", "/boosts/" + b1.getLong("id") + "/approve", null, 200))
                .getString("state")).isEqualTo("APPROVED");
        assertThat(obj(call("POST", "/boosts/{id}/revoke", "/boosts/" + b1.getLong("id") + "/revoke", null, 200))
                .getString("state")).isEqualTo("REVOKED");
        var b2 = obj(call("POST", "/boosts", "/boosts", boost, 201));
        assertThat(obj(call("POST", "/boosts/{id}/reject", "/boosts/" + b2.getLong("id") + "/reject", null, 200))
                .getString("state")).isEqualTo("REJECTED");
        var made = obj(call("POST", "/vouchers", "/vouchers", new JsonObject().put("count", 3).put("validDays", 7),
                201));
        assertThat(made.getJsonArray("vouchers")).hasSize(3);
        assertThat(new JsonArray(call("GET", "/vouchers", "/vouchers", null, 200).body())).hasSize(3);
        call("DELETE", "/vouchers/{code}", "/vouchers/" + made.getJsonArray("vouchers").getJsonObject(0)
                .getString("code"), null, 204);
        assertThat(server.vouchers()).hasSize(2);
        assertThat(new JsonArray(call("GET", "/users", "/users", null, 200).body())).hasSize(3);
        var user = obj(call("POST", "/users", "/users", new JsonObject().put("username", "opd-dinkes").put("role",
                "opd")
                .put("siteCode", "dinkes"), 201));
        assertThat(user.getString("password")).hasSizeGreaterThanOrEqualTo(16);
        call("GET", "/nodes", "/nodes", null, 200); // its content: NodesIT, on a whole Pita
        var audit = new JsonArray(call("GET", "/audit", "/audit", null, 200).body());
        assertThat(audit.getJsonObject(0).getString("action")).isEqualTo("user.create");
        assertThat(audit.getJsonObject(0).getString("after")).doesNotContain(user.getString("password"));
        accountOperations(user.getString("password"));
        var reset = obj(call("POST", "/users/{username}/reset", "/users/opd-dinkes/reset", null, 200));
        assertThat(reset.getString("password")).hasSizeGreaterThanOrEqualTo(16);
        call("POST", "/users/{username}/disable", "/users/opd-dinkes/disable", null, 204);
        assertThat(server.accounts.users().find("opd-dinkes").orElseThrow().disabled()).isTrue();
        call("POST", "/users/{username}/enable", "/users/opd-dinkes/enable", null, 204);
        call("PUT", "/users/{username}/role", "/users/opd-dinkes/role", new JsonObject().put("role", "viewer"), 204);
        assertThat(server.accounts.users().find("opd-dinkes").orElseThrow().role().name()).isEqualTo("VIEWER");
        call("DELETE", "/users/{username}", "/users/opd-dinkes", null, 204);
        assertThat(new JsonArray(call("GET", "/users", "/users", null, 200).body())).hasSize(3);
        var verify = obj(call("GET", "/audit/verify", "/audit/verify", null, 200));
        assertThat(verify.getBoolean("intact")).as(verify.encode()).isTrue();
        assertThat(verify.getInteger("checked")).isGreaterThan(20);
        assertThat(obj(call("GET", "/live", "/live", null, 200)).getJsonArray("sites")).hasSize(4);
        var month = obj(call("GET", "/reports/monthly", "/reports/monthly?month=2026-11", null, 200));
        assertThat(month.getJsonArray("days")).hasSize(30);
        var csv = call("GET", "/reports/monthly.csv", "/reports/monthly.csv?month=2026-11", null, 200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(new JsonArray(call("GET", "/reports/hourly", "/reports/hourly?date=2026-11-23", null, 200).body()))
                .hasSize(24);
        var anonymous = server.client();
        called.add("GET /public/status");
        var status = anonymous.get("/api/v1/public/status");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(status.body()).getJsonArray("hotspots")).hasSize(2);
        called.add("GET /public/status.csv");
        var statusCsv = anonymous.get("/api/v1/public/status.csv");
        assertThat(statusCsv.statusCode()).isEqualTo(200);
        assertThat(statusCsv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        call("POST", "/logout", "/logout", null, 204);
        assertThat(client.json("GET", "/api/v1/me", null).statusCode()).isEqualTo(401);
    }
}
