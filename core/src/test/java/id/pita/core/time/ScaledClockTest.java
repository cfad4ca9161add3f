package id.pita.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScaledClockTest {
    private static final Instant REAL = Instant.parse("2026-11-23T04:00:00Z");
    private static final Instant SIMULATED = Instant.parse("2026-11-22T22:00:00Z"); // 06:00 WITA Monday

    private final MutableClock base = MutableClock.at(REAL);

    @Test
    void startsAtTheSimulatedOrigin() {
        assertThat(new ScaledClock(base, SIMULATED, 144).instant()).isEqualTo(SIMULATED);
    }

    @Test
    void oneBaseMinuteAtSpeed144IsTwoHoursTwentyFour() {
        var clock = new ScaledClock(base, SIMULATED, 144);
        base.advance(Duration.ofMinutes(1));
        assertThat(clock.instant()).isEqualTo(SIMULATED.plus(Duration.ofMinutes(144)));
    }

    @Test
    void tenBaseMinutesAtSpeed144IsOneDay() {
        var clock = new ScaledClock(base, SIMULATED, 144);
        base.advance(Duration.ofMinutes(10));
        assertThat(clock.instant()).isEqualTo(SIMULATED.plus(Duration.ofDays(1)));
        assertThat(clock.millis()).isEqualTo(SIMULATED.plus(Duration.ofDays(1)).toEpochMilli());
    }

    @Test
    void fractionalSpeedScalesToTheNanosecond() {
        var clock = new ScaledClock(base, SIMULATED, 1.5);
        base.advance(Duration.ofSeconds(10));
        assertThat(clock.instant()).isEqualTo(SIMULATED.plusSeconds(15));
    }

    @Test
    void originIsTakenAtConstructionNotAtFirstRead() {
        base.advance(Duration.ofHours(5));
        var clock = new ScaledClock(base, SIMULATED, 60);
        base.advance(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(SIMULATED.plusSeconds(60));
    }

    @Test
    void withZoneKeepsTheSameTimeLineAndLeavesTheOriginalUnchanged() {
        var clock = new ScaledClock(base, SIMULATED, 144);
        base.advance(Duration.ofMinutes(2));
        var paser = clock.withZone(ZoneId.of("Asia/Makassar"));
        assertThat(paser.getZone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(clock.getZone()).isEqualTo(base.getZone());
        assertThat(paser.instant()).isEqualTo(clock.instant());
        base.advance(Duration.ofMinutes(1));
        assertThat(paser.instant()).isEqualTo(SIMULATED.plus(Duration.ofMinutes(3 * 144)));
    }

    @Test
    void speedMustBePositiveAndFinite() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new ScaledClock(base, SIMULATED, bad))
                    .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("speed:");
        }
    }
}
