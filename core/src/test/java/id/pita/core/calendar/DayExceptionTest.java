package id.pita.core.calendar;

import static id.pita.core.calendar.RegimeCalendarTest.PASER;
import static id.pita.core.calendar.RegimeCalendarTest.STANDARD;
import static id.pita.core.calendar.RegimeCalendarTest.wita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exceptions, precedence, and the same instant in two districts' zones. */
class DayExceptionTest {
    private static final LocalDate ELECTION = LocalDate.of(2026, 11, 25);
    private static final LocalDate WORKING_SATURDAY = LocalDate.of(2026, 11, 28);

    private static RegimeCalendar paserWith(DayException... exceptions) {
        var c = new WorkCalendar(STANDARD.regular(), STANDARD.ramadan(), STANDARD.holidays(), List.of(exceptions));
        return new RegimeCalendar(c, PASER);
    }

    private static TimeRange range(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void electionDayIsOffAndTheBoundarySkipsIt() {
        var cal = paserWith(new DayException(ELECTION, "Pemungutan suara Pilkada", DayHours.OFF));
        var election = cal.at(wita("2026-11-25T10:00"));
        assertThat(election.regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(election.note()).isEqualTo("Pemungutan suara Pilkada");
        assertThat(election.nextBoundary()).contains(wita("2026-11-26T07:30"));
        assertThat(cal.at(wita("2026-11-24T16:00")).nextBoundary()).contains(wita("2026-11-26T07:30"));
    }

    @Test
    void workingSaturdayHasOfficeHours() {
        var cal = paserWith(new DayException(WORKING_SATURDAY, "Sabtu kerja pengganti",
                DayHours.of(range("08:00", "12:00"))));
        assertThat(cal.at(wita("2026-11-27T16:30")).nextBoundary()).contains(wita("2026-11-28T08:00"));
        var saturday = cal.at(wita("2026-11-28T09:00"));
        assertThat(saturday.regime()).isEqualTo(Regime.OFFICE_HOURS);
        assertThat(saturday.note()).isEqualTo("Sabtu kerja pengganti");
        assertThat(saturday.nextBoundary()).contains(wita("2026-11-28T12:00"));
        assertThat(cal.at(wita("2026-11-28T12:00")).nextBoundary()).contains(wita("2026-11-30T07:30"));
    }

    @Test
    void exceptionWinsOverHolidayAndHolidayOverRamadan() {
        var hours = DayHours.of(range("07:00", "10:00"));
        var cal = paserWith(new DayException(LocalDate.of(2026, 8, 17), "Upacara bendera", hours));
        assertThat(cal.hoursOn(LocalDate.of(2026, 8, 17))).isEqualTo(hours);
        assertThat(cal.at(wita("2026-08-17T08:00")).regime()).isEqualTo(Regime.OFFICE_HOURS);
        // 18 March 2026 is cuti bersama Nyepi inside Ramadan.
        assertThat(cal.hoursOn(LocalDate.of(2026, 3, 18))).isEqualTo(DayHours.OFF);
        assertThat(cal.hoursOn(LocalDate.of(2026, 3, 17)))
                .isEqualTo(IndonesianCalendars.ramadan().on(java.time.DayOfWeek.TUESDAY));
        assertThat(cal.hoursOn(LocalDate.of(2026, 3, 25)))
                .isEqualTo(IndonesianCalendars.perpres21Of2023().on(java.time.DayOfWeek.WEDNESDAY));
    }

    @Test
    void twoExceptionsOnOneDateAreRefused() {
        assertThatThrownBy(() -> paserWith(new DayException(ELECTION, "a", DayHours.OFF),
                new DayException(ELECTION, "b", DayHours.OFF)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("exceptions[1].date: 2026-11-25 already has an exception (exceptions[0])");
    }

    @Test
    void calendarWithoutWorkingDaysHasNoBoundary() {
        var c = new WorkCalendar(new WeeklyHours(Map.of()), List.of(), List.of(), List.of());
        var s = new RegimeCalendar(c, PASER).at(wita("2026-11-23T10:00"));
        assertThat(s.regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(s.nextBoundary()).isEmpty();
        assertThat(s.note()).isEqualTo("Senin");
    }

    @Test
    void sameInstantIsAnHourEarlierInKotawaringinTimur() {
        var kotim = new RegimeCalendar(STANDARD, ZoneId.of("Asia/Pontianak"));
        var paser = new RegimeCalendar(STANDARD, PASER);
        var instant = Instant.parse("2026-11-22T23:45:00Z");
        assertThat(LocalDateTime.ofInstant(instant, paser.zone()).getHour()).isEqualTo(7);
        assertThat(LocalDateTime.ofInstant(instant, kotim.zone()).getHour()).isEqualTo(6);
        assertThat(paser.at(instant).regime()).isEqualTo(Regime.OFFICE_HOURS);
        assertThat(paser.at(instant).nextBoundary()).contains(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(kotim.at(instant).regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(kotim.at(instant).nextBoundary()).contains(Instant.parse("2026-11-23T00:30:00Z"));
    }
}
