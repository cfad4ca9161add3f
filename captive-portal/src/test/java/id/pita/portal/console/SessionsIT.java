package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Console sessions on the real server and store: restart, idle and absolute expiry, log-in CSRF, JSON only. */
class SessionsIT {
    @Test
    void aSessionSurvivesARestartOfTheServerOnTheSameStore() throws Exception {
        var dir = Files.createTempDirectory("pita-sessions");
        var first = new ConsoleServer(false, ConsoleServer.defaultConsole(), dir);
        var c = first.client();
        assertThat(c.login("viewer", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
        var cookie = c.cookie("pita_session");
        first.stop();
        try (var second = new ConsoleServer(false, ConsoleServer.defaultConsole(), dir)) {
            var again = new Client(second.base());
            again.setCookie(second.base(), "pita_session", cookie);
            var me = again.json("GET", "/api/v1/me", null);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(new JsonObject(me.body()).getString("username")).isEqualTo("viewer");
            // Only the token's hash is stored.
            var stored = second.store.read(h -> h.createQuery("SELECT token_hash FROM console_session")
                    .mapTo(String.class).list());
            assertThat(stored).isNotEmpty().doesNotContain(cookie).allMatch(s -> s.matches("[0-9a-f]{64}"));
        }
    }

    @Test
    void idleTimeoutIgnoresTheBackgroundRefreshAndTheLifetimeEndsAnActiveSession() throws Exception {
        try (var server = new ConsoleServer()) {
            var c = server.client();
            assertThat(c.login("viewer", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            // The dashboard refreshes itself every 30 s; those requests do not keep the session alive.
            assertThat(c.get("/console").body()).contains("content=\"60;url=/console?refresh=auto\"");
            for (int i = 0; i < 28; i++) {
                server.authClock.advance(Duration.ofSeconds(30));
                var refresh = c.get("/console?refresh=auto");
                assertThat(refresh.statusCode()).isEqualTo(200);
            }
            assertThat(c.get("/console").statusCode()).isEqualTo(200); // 14 min: still alive
            for (int i = 0; i < 31; i++) {
                server.authClock.advance(Duration.ofSeconds(30));
                assertThat(c.get("/console?refresh=auto").statusCode()).as("refresh %d", i).isIn(200, 302);
            }
            assertThat(c.get("/console").statusCode()).isEqualTo(302); // 15.5 min since the last real request
            assertThat(server.stack.auth().sessions().list("viewer")).isEmpty();

            // Real activity keeps it alive, but not beyond the absolute lifetime (12 h).
            assertThat(c.login("viewer", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            for (int i = 0; i < 12 * 6 - 1; i++) {
                server.authClock.advance(Duration.ofMinutes(10));
                assertThat(c.get("/console/sites").statusCode()).as("after %d0 min", i + 1).isEqualTo(200);
            }
            server.authClock.advance(Duration.ofMinutes(10));
            assertThat(c.get("/console/sites").statusCode()).isEqualTo(302);
        }
    }

    @Test
    void theLogInFormNeedsItsCsrfTokenAndTheApiOnlyTakesJson() throws Exception {
        try (var server = new ConsoleServer()) {
            var c = server.client();
            var forged = c.form("/console/login", Map.of("username", "viewer", "password", ConsoleServer.PASSWORD));
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(forged.headers().firstValue("content-type").orElseThrow()).isEqualTo("text/html; charset=utf-8");
            var setCookie = forged.headers().allValues("set-cookie").stream().filter(v -> v.startsWith("pita_login="))
                    .findFirst().orElseThrow();
            assertThat(setCookie).containsIgnoringCase("HttpOnly").contains("SameSite=Strict");
            c.get("/console/login");
            // Change the first character for certain: a fixed "x" equals it once in 64 tokens.
            var altered = (c.csrf.charAt(0) == 'x' ? "y" : "x") + c.csrf.substring(1);
            var wrong = c.form("/console/login", Map.of("_csrf", altered, "username", "viewer",
                    "password", ConsoleServer.PASSWORD));
            assertThat(wrong.statusCode()).isEqualTo(403);
            assertThat(c.formLogin("viewer", ConsoleServer.PASSWORD).statusCode()).isEqualTo(303);
            assertThat(server.lastAudit("access.denied").afterJson()).contains("login-csrf");

            var plain = c.send("POST", "/api/v1/login", "text/plain",
                    "{\"username\":\"viewer\",\"password\":\"" + ConsoleServer.PASSWORD + "\"}");
            assertThat(plain.statusCode()).isEqualTo(415);
            assertThat(new JsonObject(plain.body()).getJsonObject("error").getString("code"))
                    .isEqualTo("unsupported_media_type");
            var form = c.send("POST", "/api/v1/login", "application/x-www-form-urlencoded",
                    "username=viewer&password=x");
            assertThat(form.statusCode()).isEqualTo(415);
        }
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndTheSessionsPageEndsThem() throws Exception {
        try (var server = new ConsoleServer()) {
            var phone = server.client();
            var laptop = server.client();
            var tablet = server.client();
            assertThat(phone.formLogin("opd-bappeda", ConsoleServer.PASSWORD).statusCode()).isEqualTo(303);
            assertThat(laptop.login("opd-bappeda", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            assertThat(tablet.login("opd-bappeda", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            var page = phone.get("/console/account");
            assertThat(page.body()).contains("(sesi ini)").contains("Akhiri semua sesi lain");
            assertThat(phone.form("/console/account/sessions/end-others", Map.of("_csrf", phone.csrf)).statusCode())
                    .isEqualTo(303);
            assertThat(laptop.json("GET", "/api/v1/me", null).statusCode()).isEqualTo(401);
            assertThat(tablet.json("GET", "/api/v1/me", null).statusCode()).isEqualTo(401);

            assertThat(laptop.login("opd-bappeda", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            phone.get("/console/account");
            var bad = phone.form("/console/account/password", Map.of("_csrf", phone.csrf, "currentPassword", "nope",
                    "newPassword", "a brand new passphrase"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("<b>currentPassword</b>");
            var ok = phone.form("/console/account/password", Map.of("_csrf", phone.csrf, "currentPassword",
                    ConsoleServer.PASSWORD, "newPassword", "a brand new passphrase"));
            assertThat(ok.statusCode()).isEqualTo(303);
            assertThat(laptop.json("GET", "/api/v1/me", null).statusCode()).isEqualTo(401);
            assertThat(phone.get("/console").statusCode()).isEqualTo(200);
            assertThat(new Client(server.base()).login("opd-bappeda", "a brand new passphrase").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void theCookieIsHostPrefixedAndSecureBehindTlsAndPlainOnHttp() throws Exception {
        try (var tls = new ConsoleServer(false, ConsoleServer.defaultConsole(),
                Files.createTempDirectory("pita-tls"), true); var plain = new ConsoleServer()) {
            var login = tls.client().login("viewer", ConsoleServer.PASSWORD);
            var cookie = login.headers().allValues("set-cookie").stream()
                    .filter(v -> v.startsWith("__Host-pita_session=")).findFirst().orElseThrow();
            assertThat(cookie).contains("Secure").containsIgnoringCase("HttpOnly").contains("SameSite=Strict")
                    .contains("Path=/").doesNotContainIgnoringCase("Domain");
            var http = plain.client().login("viewer", ConsoleServer.PASSWORD).headers().allValues("set-cookie")
                    .stream().filter(v -> v.startsWith("pita_session=")).findFirst().orElseThrow();
            assertThat(http).doesNotContain("Secure").containsIgnoringCase("HttpOnly");
            assertThat(http.substring("pita_session=".length(), http.indexOf(';'))).hasSize(43); // 256 bits
        }
    }

    @Test
    void creatingAnAdminOrAGatewayNeedsThePasswordAgainAndEachLogInGetsANewToken() throws Exception {
        try (var server = new ConsoleServer()) {
            var admin = server.client();
            assertThat(admin.login("admin", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            var first = admin.cookie("pita_session");
            assertThat(admin.login("admin", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            assertThat(admin.cookie("pita_session")).isNotEqualTo(first); // no session fixation
            var gateway = new JsonObject().put("id", "gw-new").put("siteCode", "bappeda").put("address", "10.1.0.77")
                    .put("vendor", "MIKROTIK");
            for (var wrong : new String[] {null, "not my password"}) {
                var r = admin.json("POST", "/api/v1/gateways", wrong == null ? gateway : gateway.copy()
                        .put("currentPassword", wrong));
                assertThat(r.statusCode()).isEqualTo(400);
                assertThat(new JsonObject(r.body()).getJsonObject("error").getString("field"))
                        .isEqualTo("currentPassword");
            }
            assertThat(server.district().gateway("gw-new")).isEmpty();
            assertThat(server.lastAudit("reauth.failure").actor()).isEqualTo("admin");
            var created = admin.json("POST", "/api/v1/gateways", gateway.copy().put("currentPassword",
                    ConsoleServer.PASSWORD));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            var newAdmin = new JsonObject().put("username", "kominfo2").put("role", "admin");
            assertThat(admin.json("POST", "/api/v1/users", newAdmin).statusCode()).isEqualTo(400);
            assertThat(admin.json("POST", "/api/v1/users", new JsonObject().put("username", "viewer2")
                    .put("role", "viewer")).statusCode()).as("a viewer needs no re-authentication").isEqualTo(201);
            assertThat(admin.json("PUT", "/api/v1/users/viewer2/role", new JsonObject().put("role", "admin"))
                    .statusCode()).as("nor may a promotion skip it").isEqualTo(400);
            // Four wrong or missing confirmations: the prompt is throttled like a log-in, then open again.
            var throttled = admin.json("POST", "/api/v1/users", newAdmin.copy().put("currentPassword",
                    ConsoleServer.PASSWORD));
            assertThat(throttled.statusCode()).isEqualTo(400);
            assertThat(throttled.body()).contains("try again in");
            server.authClock.advance(Duration.ofMinutes(1));
            assertThat(admin.json("POST", "/api/v1/users", newAdmin.copy().put("currentPassword",
                    ConsoleServer.PASSWORD)).statusCode()).isEqualTo(201);
            assertThat(server.accounts.users().find("kominfo2").orElseThrow().role().name()).isEqualTo("ADMIN");
        }
    }
}
