package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginThrottlingIT {
    @Test
    void fiveFailuresThenTooManyRequestsEvenWithTheRightPasswordUntilTheWindowPasses() throws Exception {
        try (var server = new ConsoleServer()) {
            var c = server.client();
            for (int i = 0; i < 5; i++) {
                assertThat(c.login("admin", "wrong-" + i).statusCode()).isEqualTo(401);
            }
            var blocked = c.login("admin", ConsoleServer.PASSWORD);
            assertThat(blocked.statusCode()).isEqualTo(429);
            assertThat(blocked.body()).contains("\"code\":\"throttled\"");
            var form = c.form("/console/login", Map.of("username", "admin", "password", ConsoleServer.PASSWORD));
            assertThat(form.statusCode()).isEqualTo(429);
            assertThat(form.body()).contains("Terlalu banyak percobaan");
            server.clock.advance(Duration.ofMinutes(15));
            assertThat(c.login("admin", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
        }
    }
}
