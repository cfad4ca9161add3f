package id.pita.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Meeus' lunations against published instants (USNO / NASA eclipse tables), within a few minutes. */
class MoonPhasesTest {
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    @Test
    void newMoonOfTheTotalSolarEclipseOf8April2024() {
        var t = MoonPhases.newMoonAfter(Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(Duration.between(Instant.parse("2024-04-08T18:21:00Z"), t).abs()).isLessThan(TOLERANCE);
    }

    @Test
    void newMoonOf29March2025() {
        var t = MoonPhases.newMoonAfter(Instant.parse("2025-03-15T00:00:00Z"));
        assertThat(Duration.between(Instant.parse("2025-03-29T10:58:00Z"), t).abs()).isLessThan(TOLERANCE);
    }

    @Test
    void fullMoonOf12May2025() {
        var t = MoonPhases.fullMoonAfter(Instant.parse("2025-05-01T00:00:00Z"));
        assertThat(Duration.between(Instant.parse("2025-05-12T16:56:00Z"), t).abs()).isLessThan(TOLERANCE);
    }

    @Test
    void consecutiveNewMoonsAreAboutOneSynodicMonthApart() {
        var t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 24; i++) {
            var a = MoonPhases.newMoonAfter(t);
            var b = MoonPhases.newMoonAfter(a.plusSeconds(1));
            assertThat(Duration.between(a, b).toHours()).isBetween(29L * 24 + 6, 29L * 24 + 20);
            assertThat(a).isAfterOrEqualTo(t);
            t = b;
        }
    }
}
