package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Login attempts are limited per MAC and per client IP on the injected clock. */
class RateLimitIT {
    private final PortalFixture f = new PortalFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void sixthAttemptFromOneMacGets429UntilATokenRefills() {
        var u = f.base() + MikrotikLoginIT.SPLASH;
        for (int i = 0; i < 5; i++) {
            assertThat(f.post("/login", Map.of("u", u)).statusCode()).isEqualTo(400);
        }

        var limited = f.post("/login", Map.of("u", u, "terms", "1"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.bodyAsString()).contains("Terlalu banyak percobaan login");
        assertThat(f.store.size()).isZero();
        f.clock.advance(Duration.ofSeconds(12));
        assertThat(f.post("/login", Map.of("u", u, "terms", "1")).statusCode()).isEqualTo(200);
    }

    @Test
    void oneClientIpIsLimitedAcrossMacs() {
        int allowed = 0;
        int status = 0;
        for (int i = 0; i < 100 && status != 429; i++) {
            var mac = String.format("00%%3A%02X%%3A%02X", i / 256, i % 256);
            status = f.post("/login", Map.of("u", f.base() + MikrotikLoginIT.SPLASH.replace("00%3A11%3A22", mac)))
                    .statusCode();
            allowed += status == 400 ? 1 : 0;
        }

        assertThat(status).isEqualTo(429);
        assertThat(allowed).isEqualTo(PortalSettings.defaults("x").ipBurst());
        f.clock.advance(PortalSettings.defaults("x").ipRefill());
        assertThat(f.post("/login", Map.of("u", f.base() + MikrotikLoginIT.SPLASH)).statusCode()).isEqualTo(400);
    }
}
