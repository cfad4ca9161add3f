package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The routes still work when the shared web server has already mounted a BodyHandler on every route. */
class SharedRouterIT {
    @Test
    void formsAndJsonWorkBehindAGlobalBodyHandler() throws Exception {
        try (var server = new ConsoleServer(true)) {
            var c = server.client();
            assertThat(c.login("admin", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            var pool = new JsonObject().put("capacity.down", 150).put("capacity.up", 60).put("monthlyCostIdr", 1);
            assertThat(c.json("PUT", "/api/v1/pool", pool).statusCode()).isEqualTo(200);
            c.get("/console/district");
            var r = c.form("/console/pool", Map.of("_csrf", c.csrf, "capacity.down", "175", "capacity.up", "60",
                    "monthlyCostIdr", "1"));
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(server.district().pool().capacity().down()).isEqualTo(175_000_000L);
        }
    }
}
