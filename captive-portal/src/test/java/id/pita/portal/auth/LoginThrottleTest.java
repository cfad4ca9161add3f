package id.pita.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(15), 50,
            new MemoryLoginState());

    @Test
    void delaysGrowPerUserAndAddressButAnotherAddressIsNotAffected() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.wait("admin", "10.0.0.66")).isEmpty();
            throttle.failure("admin", "10.0.0.66");
        }
        assertThat(throttle.wait("admin", "10.0.0.66")).contains(Duration.ofSeconds(1));
        assertThat(throttle.blocked("admin", "10.0.0.1")).isFalse(); // the owner, elsewhere
        clock.advance(Duration.ofSeconds(1));
        throttle.failure("admin", "10.0.0.66");
        assertThat(throttle.wait("admin", "10.0.0.66")).contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        throttle.failure("admin", "10.0.0.66");
        assertThat(throttle.wait("admin", "10.0.0.66")).contains(Duration.ofSeconds(4));
        for (int i = 0; i < 20; i++) {
            throttle.failure("admin", "10.0.0.66");
        }
        assertThat(throttle.wait("admin", "10.0.0.66")).contains(Duration.ofMinutes(15)); // capped
        assertThat(throttle.blocked("admin", "10.0.0.1")).isFalse();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.blocked("admin", "10.0.0.66")).isFalse();
    }

    @Test
    void anAddressSprayingManyNamesWaitsButOnlyThatAddress() {
        for (int i = 0; i < 50; i++) {
            throttle.failure("user" + i, "10.9.9.9");
        }
        assertThat(throttle.blocked("someone-else", "10.9.9.9")).isTrue();
        assertThat(throttle.blocked("someone-else", "10.9.9.8")).isFalse();
    }

    @Test
    void successClearsItsPair() {
        for (int i = 0; i < 5; i++) {
            throttle.failure("admin", "a");
        }
        throttle.success("admin", "a");
        assertThat(throttle.blocked("admin", "a")).isFalse();
    }
}
