package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.testing.ConsoleServer;
import id.pita.portal.testing.RawHttp;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Guessing a user's password from one address slows that address down for that user, with growing delays,
 * while the owner's right password from another address still works at once; every failure is audited with
 * user name and address.
 */
class LoginThrottlingIT {
    @Test
    void failuresDelayThatUserFromThatAddressOnlyAndAreAudited() throws Exception {
        try (var server = new ConsoleServer()) {
            var c = server.client();
            for (int i = 0; i < 5; i++) {
                server.authClock.advance(Duration.ofSeconds(30)); // past each growing delay
                var r = c.login("viewer", "wrong-" + i);
                assertThat(r.statusCode()).as("attempt %d", i).isEqualTo(401);
            }
            var blocked = c.login("viewer", ConsoleServer.PASSWORD);
            assertThat(blocked.statusCode()).isEqualTo(429);
            assertThat(blocked.body()).contains("\"code\":\"throttled\"");
            assertThat(Long.parseLong(blocked.headers().firstValue("retry-after").orElseThrow())).isBetween(1L, 901L);
            c.get("/console/login");
            var form = c.form("/console/login", java.util.Map.of("_csrf", c.csrf, "username", "viewer", "password",
                    ConsoleServer.PASSWORD));
            assertThat(form.statusCode()).isEqualTo(429);
            assertThat(form.body()).contains("Terlalu banyak percobaan");

            // The owner at another address is not locked out.
            var owner = RawHttp.post(server.base(), "127.0.0.2", "/api/v1/login", "application/json",
                    new JsonObject().put("username", "viewer").put("password", ConsoleServer.PASSWORD).encode());
            assertThat(owner.status()).as(owner.text()).isEqualTo(200);

            var failure = server.lastAudit("login.failure");
            assertThat(failure.actor()).isEqualTo("viewer");
            assertThat(failure.address()).isEqualTo("127.0.0.1");
            assertThat(server.lastAudit("login.success").address()).isEqualTo("127.0.0.2");

            server.authClock.advance(Duration.ofMinutes(15));
            assertThat(c.login("viewer", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
        }
    }
}
