package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.time.ScaledClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fast clock and the scheduler that keeps the control loop in step with it. */
class FastClockTest {
    static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");
    final Clock base = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void realTimeUnlessSpedUpOrStartedElsewhere() {
        assertThat(Pita.clockFor(PitaConfig.defaults(), base)).isSameAs(base);
    }

    @Test
    void aSpeedAndStartGiveAScaledClockFromThatInstant() {
        var config = PitaConfig.parse("clock: {speed: 144, start: \"2026-11-23T15:50:00+08:00\"}", "test");

        var clock = Pita.clockFor(config, base);

        assertThat(clock).isInstanceOf(ScaledClock.class);
        assertThat(((ScaledClock) clock).speed()).isEqualTo(144.0);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-23T07:50:00Z"));
    }

    @Test
    void delaysAreDividedByTheSpeed() {
        var scheduler = new FastScheduler("test", 144);
        try {
            var future = scheduler.schedule(() -> { }, Duration.ofMinutes(72).toMillis(), TimeUnit.MILLISECONDS);

            assertThat(future.getDelay(TimeUnit.MILLISECONDS)).isBetween(29_000L, 30_000L);
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void atSpeedOneDelaysAreUnchanged() {
        var scheduler = new FastScheduler("test", 1);
        try {
            var future = scheduler.schedule(() -> 1, 30, TimeUnit.SECONDS);

            assertThat(future.getDelay(TimeUnit.MILLISECONDS)).isBetween(29_000L, 30_000L);
        } finally {
            scheduler.shutdownNow();
        }
    }
}
