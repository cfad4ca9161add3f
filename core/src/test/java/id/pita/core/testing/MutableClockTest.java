package id.pita.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class MutableClockTest {
    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    void setAndAdvanceMoveTheClock() {
        var clock = MutableClock.at(T0);
        assertThat(clock.advance(Duration.ofMinutes(90))).isEqualTo(T0.plusSeconds(5400));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(5400));
        clock.set(T0.minusSeconds(1));
        assertThat(clock.millis()).isEqualTo(T0.minusSeconds(1).toEpochMilli());
    }

    @Test
    void zoneViewsShareOneTime() {
        var clock = MutableClock.at(T0);
        var paser = clock.withZone(ZoneId.of("Asia/Makassar"));
        clock.advance(Duration.ofHours(1));
        assertThat(paser.instant()).isEqualTo(T0.plusSeconds(3600));
        assertThat(paser.getZone()).isEqualTo(ZoneId.of("Asia/Makassar"));
    }

    @Test
    void concurrentAdvancesAreNotLost() throws InterruptedException {
        var clock = MutableClock.at(T0);
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 4; i++) {
            var t = new Thread(() -> {
                for (int j = 0; j < 10_000; j++) {
                    clock.advance(Duration.ofMillis(1));
                }
            });
            threads.add(t);
            t.start();
        }
        for (var t : threads) {
            t.join();
        }
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(40));
    }
}
