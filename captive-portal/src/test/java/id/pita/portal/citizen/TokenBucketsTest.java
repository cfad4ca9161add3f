package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T08:00:00Z"));

    @Test
    void allowsABurstThenRefusesUntilATokenRefills() {
        var buckets = new TokenBuckets(clock, 3, Duration.ofSeconds(10), 100);

        assertThat(buckets.tryTake("mac")).isTrue();
        assertThat(buckets.tryTake("mac")).isTrue();
        assertThat(buckets.tryTake("mac")).isTrue();
        assertThat(buckets.tryTake("mac")).isFalse();
        clock.advance(Duration.ofSeconds(9));
        assertThat(buckets.tryTake("mac")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(buckets.tryTake("mac")).isTrue();
        assertThat(buckets.tryTake("mac")).isFalse();
    }

    @Test
    void keysHaveSeparateBuckets() {
        var buckets = new TokenBuckets(clock, 1, Duration.ofMinutes(1), 100);

        assertThat(buckets.tryTake("a")).isTrue();
        assertThat(buckets.tryTake("a")).isFalse();
        assertThat(buckets.tryTake("b")).isTrue();
    }

    @Test
    void refillNeverExceedsCapacity() {
        var buckets = new TokenBuckets(clock, 2, Duration.ofSeconds(1), 100);
        buckets.tryTake("a");
        clock.advance(Duration.ofHours(5));

        assertThat(buckets.tryTake("a")).isTrue();
        assertThat(buckets.tryTake("a")).isTrue();
        assertThat(buckets.tryTake("a")).isFalse();
    }
}
