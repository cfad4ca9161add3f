package id.pita.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Indonesia has no daylight saving, but the calendar works in any zone: where the clock jumps forward
 * over a span's start, office hours begin at the jump; where it falls back into a span, they resume.
 */
class DaylightSavingTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static RegimeCalendar sundays(String start, String end) {
        var span = new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
        var week = new WeeklyHours(Map.of(DayOfWeek.SUNDAY, DayHours.of(span)));
        return new RegimeCalendar(new WorkCalendar(week, List.of(), List.of(), List.of()), BERLIN);
    }

    @Test
    void spanStartingInsideTheSpringGapBeginsAtTheJump() {
        // 29 March 2026: 02:00 CET jumps to 03:00 CEST at 01:00Z; 02:30 never happens.
        var cal = sundays("02:30", "06:00");
        var before = cal.at(Instant.parse("2026-03-29T00:45:00Z"));
        assertThat(before.regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(before.nextBoundary()).contains(Instant.parse("2026-03-29T01:00:00Z"));
        var atJump = cal.at(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(atJump.regime()).isEqualTo(Regime.OFFICE_HOURS);
        assertThat(atJump.nextBoundary()).contains(Instant.parse("2026-03-29T04:00:00Z"));
    }

    @Test
    void officeHoursResumeWhenTheAutumnClockFallsBackIntoTheSpan() {
        // 25 October 2026: 03:00 CEST falls back to 02:00 CET at 01:00Z, so 02:00-02:30 happens twice.
        var cal = sundays("00:00", "02:30");
        var first = cal.at(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(first.regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(first.nextBoundary()).contains(Instant.parse("2026-10-25T01:00:00Z"));
        var again = cal.at(Instant.parse("2026-10-25T01:00:00Z"));
        assertThat(again.regime()).isEqualTo(Regime.OFFICE_HOURS);
        assertThat(again.nextBoundary()).contains(Instant.parse("2026-10-25T01:30:00Z"));
    }
}
