package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConsoleSecurityIT {
    private static final String EVIL = "<script>alert(1)</script>";
    private static ConsoleServer server;
    private static Client admin;
    private static Client opd;
    private static Client viewer;

    @BeforeAll
    static void start() throws Exception {
        server = new ConsoleServer();
        admin = server.client();
        opd = server.client();
        viewer = server.client();
        assertThat(admin.login("admin", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(opd.login("opd-bappeda", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(viewer.login("viewer", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void opdOperatorCannotReadOrChangeAnotherSite() {
        assertThat(opd.json("GET", "/api/v1/sites/bappeda", null).statusCode()).isEqualTo(200);
        var read = opd.json("GET", "/api/v1/sites/dinkes", null);
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(new JsonObject(read.body()).getJsonObject("error").getString("code")).isEqualTo("forbidden");
        var site = new JsonObject().put("name", "Dinkes").put("kind", "OFFICE").put("guarantee.down", 1)
                .put("guarantee.up", 1)
                .put("ceiling.down", 2).put("ceiling.up", 2).put("weight", 1);
        assertThat(opd.json("PUT", "/api/v1/sites/dinkes", site).statusCode()).isEqualTo(403);
        assertThat(opd.json("DELETE", "/api/v1/sites/dinkes", null).statusCode()).isEqualTo(403);
        var boost = new JsonObject().put("siteCode", "dinkes").put("extra.down", 5).put("extra.up", 5)
                .put("from", "2026-11-24T10:00").put("until", "2026-11-24T12:00");
        assertThat(opd.json("POST", "/api/v1/boosts", boost).statusCode()).isEqualTo(403);
        assertThat(opd.json("POST", "/api/v1/boosts", boost.copy().put("siteCode", "bappeda")).statusCode())
                .isEqualTo(201);
        assertThat(opd.json("GET", "/api/v1/district", null).body()).contains("bappeda").doesNotContain("dinkes");
        assertThat(opd.json("GET", "/api/v1/live", null).body()).doesNotContain("dinkes");
        assertThat(opd.get("/console/sites").body()).doesNotContain("Dinas Kesehatan");
        assertThat(server.district().site("dinkes").orElseThrow().name()).isEqualTo("Dinas Kesehatan");
    }

    @Test
    void opdOperatorAndViewerCannotApproveOrAdminister() {
        var boost = new JsonObject().put("siteCode", "bappeda").put("extra.down", 5).put("extra.up", 5)
                .put("from", "2026-11-25T10:00").put("until", "2026-11-25T12:00");
        var id = new JsonObject(opd.json("POST", "/api/v1/boosts", boost).body()).getLong("id");
        assertThat(opd.json("POST", "/api/v1/boosts/" + id + "/approve", null).statusCode()).isEqualTo(403);
        assertThat(viewer.json("POST", "/api/v1/boosts", boost).statusCode()).isEqualTo(403);
        assertThat(viewer.json("PUT", "/api/v1/pool", new JsonObject().put("capacity.down", 1).put("capacity.up", 1)
                .put("monthlyCostIdr", 1)).statusCode()).isEqualTo(403);
        assertThat(viewer.json("GET", "/api/v1/audit", null).statusCode()).isEqualTo(403);
        assertThat(viewer.json("GET", "/api/v1/sites/dinkes", null).statusCode()).isEqualTo(200);
        assertThat(admin.json("GET", "/api/v1/boosts", null).body()).contains("\"state\":\"REQUESTED\"");
    }

    @Test
    void stateChangesWithoutOrWithAWrongCsrfTokenAreRefused() {
        var pool = new JsonObject().put("capacity.down", 300).put("capacity.up", 100).put("monthlyCostIdr", 1);
        var none = admin.jsonWithToken("PUT", "/api/v1/pool", pool, null);
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(new JsonObject(none.body()).getJsonObject("error").getString("code")).isEqualTo("csrf");
        assertThat(admin.jsonWithToken("PUT", "/api/v1/pool", pool, "forged").statusCode()).isEqualTo(403);
        admin.get("/console/district");
        var form = Map.of("capacity.down", "300", "capacity.up", "100", "monthlyCostIdr", "1");
        assertThat(admin.form("/console/pool", form).statusCode()).isEqualTo(403);
        var withWrong = new java.util.HashMap<>(form);
        withWrong.put("_csrf", "forged");
        assertThat(admin.form("/console/pool", withWrong).statusCode()).isEqualTo(403);
        assertThat(server.district().pool().capacity().down()).isNotEqualTo(300_000_000L);
        withWrong.put("_csrf", admin.csrf);
        assertThat(admin.form("/console/pool", withWrong).statusCode()).isEqualTo(303);
        assertThat(server.district().pool().capacity().down()).isEqualTo(300_000_000L);
    }

    @Test
    void siteNamedWithMarkupRendersAsTextInConsoleAndStatusPages() {
        admin.get("/console/sites");
        var r = admin.form("/console/sites", Map.ofEntries(Map.entry("_csrf", admin.csrf), Map.entry("code",
                "taman-xss"),
                Map.entry("name", EVIL), Map.entry("kind", "HOTSPOT"), Map.entry("area", EVIL),
                        Map.entry("guarantee.down", "0"),
                Map.entry("guarantee.up", "0"), Map.entry("ceiling.down", "10"), Map.entry("ceiling.up", "5"),
                Map.entry("weight", "1")));
        assertThat(r.statusCode()).isEqualTo(303);
        server.refreshLive();
        var console = admin.get("/console/sites").body();
        assertThat(console).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(EVIL);
        assertThat(admin.get("/console").body()).contains("&lt;script&gt;").doesNotContain(EVIL);
        var status = server.client().get("/status");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(EVIL);
    }

    @Test
    void officePasswordSetInTheSiteFormIsShownOnceAndNeverAgain() {
        admin.get("/console/sites");
        var fields = new java.util.HashMap<>(Map.ofEntries(Map.entry("_csrf", admin.csrf), Map.entry("code",
                "kec-kuaro"), Map.entry("name", "Kantor Camat Kuaro"), Map.entry("kind", "OFFICE"),
                Map.entry("guarantee.down", "1"), Map.entry("guarantee.up", "1"), Map.entry("ceiling.down", "10"),
                Map.entry("ceiling.up", "5"), Map.entry("weight", "1"), Map.entry("password", "sandi-kuaro-123")));
        var r = admin.form("/console/sites", fields);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("hanya ditampilkan sekali").contains("<code>sandi-kuaro-123</code>");
        assertThat(server.district().site("kec-kuaro").orElseThrow().password()).isEqualTo("sandi-kuaro-123");
        var page = admin.get("/console/sites").body();
        assertThat(page).doesNotContain("sandi-kuaro-123").contains("diatur");
        fields.remove("password");
        fields.put("_csrf", admin.csrf);
        fields.put("weight", "2");
        assertThat(admin.form("/console/sites", fields).statusCode()).as("kept: nothing to show").isEqualTo(303);
        assertThat(server.district().site("kec-kuaro").orElseThrow().password()).isEqualTo("sandi-kuaro-123");
        fields.put("_csrf", admin.csrf);
        fields.put("newPassword", "on");
        var renewed = admin.form("/console/sites", fields);
        var fresh = server.district().site("kec-kuaro").orElseThrow().password();
        assertThat(fresh).isNotEqualTo("sandi-kuaro-123").hasSize(20);
        assertThat(renewed.body()).contains("<code>" + fresh + "</code>");
    }

    @Test
    void validationErrorNamesTheFieldInFormAndApi() {
        admin.get("/console/sites");
        var r = admin.form("/console/sites", Map.ofEntries(Map.entry("_csrf", admin.csrf), Map.entry("code",
                "kec-batu"),
                Map.entry("name", "Kecamatan Batu Sopang"), Map.entry("kind", "OFFICE"), Map.entry("guarantee.down",
                        "50"),
                Map.entry("guarantee.up", "1"), Map.entry("ceiling.down", "10"), Map.entry("ceiling.up", "5"),
                Map.entry("weight", "1")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<b>guarantee.down</b>").contains("must not exceed ceiling.down")
                .contains("name=\"guarantee.down\" type=\"number\" value=\"50\" class=\"bad\"")
                .contains("value=\"Kecamatan Batu Sopang\"");
        var api = admin.json("PUT", "/api/v1/policies/OFFICE_HOURS", new JsonObject().put("office.guaranteed", 0.7)
                .put("office.ceiling", 1).put("office.weight", 1).put("hotspot.guaranteed", 0.5).put("hotspot.ceiling",
                        1)
                .put("hotspot.weight", 1));
        assertThat(api.statusCode()).isEqualTo(400);
        var error = new JsonObject(api.body()).getJsonObject("error");
        assertThat(error.getString("code")).isEqualTo("invalid");
        assertThat(error.getString("field")).isEqualTo("office.guaranteed");
        var plan = admin.json("PUT", "/api/v1/citizen-plan", new JsonObject().put("deviceCap.down", 3)
                .put("deviceCap.up", 1)
                .put("dailyDataMb", 1).put("dailyTimeMinutes", 1).put("sessionTimeoutMinutes", 60)
                        .put("idleTimeoutMinutes", 10)
                .put("interimIntervalSeconds", 10).put("devicesPerPerson", 1));
        assertThat(new JsonObject(plan.body()).getJsonObject("error").getString("field"))
                .isEqualTo("interimIntervalSeconds");
        assertThat(admin.json("PUT", "/api/v1/pool", new JsonObject().put("capacity.down", "lots")).body())
                .contains("\"field\":\"capacity.down\"");
    }

    @Test
    void everyConsoleChangeIsAudited() {
        admin.get("/console/calendar");
        var before = server.auditEntries().size();
        var r = admin.form("/console/calendar/holidays", Map.of("_csrf", admin.csrf, "date", "2026-08-17",
                "name", "Hari Kemerdekaan RI", "kind", "NATIONAL"));
        assertThat(r.statusCode()).isEqualTo(303);
        var entries = server.auditEntries();
        assertThat(entries).hasSize(before + 1);
        var e = entries.get(0);
        assertThat(e.actor()).isEqualTo("admin");
        assertThat(e.action()).isEqualTo("calendar.holiday.add");
        assertThat(e.beforeJson()).doesNotContain("Hari Kemerdekaan");
        assertThat(e.afterJson()).contains("Hari Kemerdekaan RI");
        assertThat(e.at()).isEqualTo(ConsoleServer.START);
        var csv = admin.get("/console/audit.csv");
        assertThat(csv.body()).startsWith("id,at,actor,action,entity,before,after").contains("calendar.holiday.add");
        assertThat(admin.get("/console/audit").body()).contains("calendar.holiday.add");
    }

    @Test
    void sessionCookieIsHttpOnlyStrictAndPagesNeedLogin() {
        var anon = server.client();
        var page = anon.get("/console/sites");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("location").orElseThrow()).isEqualTo("/console/login");
        var login = anon.login("viewer", ConsoleServer.PASSWORD);
        var cookie = login.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("pita_session="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        assertThat(cookie.substring("pita_session=".length(), cookie.indexOf(';'))).hasSize(43); // 256 bits, base64url
        assertThat(anon.get("/console").statusCode()).isEqualTo(200);
    }

    @Test
    void healthMetricsAndEnglishSwitch() {
        var anon = server.client();
        assertThat(anon.get("/health").body()).contains("\"status\":\"UP\"");
        var metrics = anon.get("/metrics").body();
        assertThat(metrics).contains("pita_class_use_bps{class=\"office\",direction=\"down\"} 36000000")
                .contains("pita_radius_requests_total 42");
        assertThat(anon.get("/status").body()).contains("Status Wi-Fi publik");
        assertThat(anon.get("/status?lang=en").body()).contains("Public Wi-Fi status");
    }
}
