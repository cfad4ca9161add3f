package id.pita.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(15));

    @Test
    void blocksAUserNameAfterTheLimitUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.blocked("admin", "10.0.0." + i)).isFalse();
            throttle.failure("admin", "10.0.0." + i);
        }
        assertThat(throttle.blocked("admin", "10.0.0.9")).isTrue();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.blocked("admin", "10.0.0.9")).isFalse();
    }

    @Test
    void blocksAnAddressGuessingManyNames() {
        for (int i = 0; i < 3; i++) {
            throttle.failure("user" + i, "10.9.9.9");
        }
        assertThat(throttle.blocked("someone-else", "10.9.9.9")).isTrue();
        assertThat(throttle.blocked("someone-else", "10.9.9.8")).isFalse();
    }

    @Test
    void successClearsTheUserNameCount() {
        throttle.failure("admin", "a");
        throttle.failure("admin", "b");
        throttle.success("admin");
        throttle.failure("admin", "c");
        assertThat(throttle.blocked("admin", "d")).isFalse();
    }
}
