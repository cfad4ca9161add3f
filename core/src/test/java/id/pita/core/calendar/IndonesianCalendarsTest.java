package id.pita.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.PitaException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndonesianCalendarsTest {
    @Test
    void perpres21Of2023IsThirtySevenAndAHalfHoursAWeek() {
        var week = IndonesianCalendars.perpres21Of2023();
        assertThat(week.workingMinutesPerWeek()).isEqualTo(37 * 60 + 30);
        assertThat(week.on(DayOfWeek.MONDAY).workingMinutes()).isEqualTo(7 * 60 + 30);
        assertThat(week.on(DayOfWeek.FRIDAY).workingMinutes()).isEqualTo(7 * 60 + 30);
        assertThat(week.on(DayOfWeek.SATURDAY).isWorkingDay()).isFalse();
        assertThat(week.on(DayOfWeek.SUNDAY).isWorkingDay()).isFalse();
    }

    @Test
    void ramadanIsThirtyTwoAndAHalfHoursAWeekFromEight() {
        var week = IndonesianCalendars.ramadan();
        assertThat(week.workingMinutesPerWeek()).isEqualTo(32 * 60 + 30);
        assertThat(week.on(DayOfWeek.THURSDAY).span().orElseThrow().start()).hasToString("08:00");
        assertThat(week.on(DayOfWeek.FRIDAY).span().orElseThrow().end()).hasToString("15:30");
    }

    @Test
    void ramadan2026RunsToTheDayBeforeIdulFitri() {
        var r = IndonesianCalendars.ramadan2026();
        assertThat(r.first()).isEqualTo(LocalDate.of(2026, 2, 19));
        assertThat(r.last()).isEqualTo(LocalDate.of(2026, 3, 20));
        var idulFitri = IndonesianCalendars.load("id-2026").stream()
                .filter(h -> h.name().equals("Idul Fitri 1447 H")).map(Holiday::date).min(LocalDate::compareTo);
        assertThat(idulFitri).contains(r.last().plusDays(1));
    }

    @Test
    void holidays2026HaveSeventeenNationalDaysAndEightCutiBersama() {
        var holidays = IndonesianCalendars.load("id-2026");
        assertThat(holidays).filteredOn(h -> h.kind() == HolidayKind.NATIONAL).hasSize(17);
        assertThat(holidays).filteredOn(h -> h.kind() == HolidayKind.CUTI_BERSAMA).hasSize(8);
        assertThat(holidays).extracting(Holiday::date).doesNotHaveDuplicates()
                .allMatch(d -> d.getYear() == 2026);
        assertThat(holidays).contains(new Holiday(LocalDate.of(2026, 8, 17), "Hari Proklamasi Kemerdekaan RI",
                HolidayKind.NATIONAL));
    }

    @Test
    void standard2026CombinesWeekRamadanAndHolidays() {
        var c = IndonesianCalendars.standard2026();
        assertThat(c.regular()).isEqualTo(IndonesianCalendars.perpres21Of2023());
        assertThat(c.ramadan()).containsExactly(IndonesianCalendars.ramadan2026());
        assertThat(c.holidays()).hasSize(25);
        assertThat(c.exceptions()).isEmpty();
    }

    @Test
    void missingHolidayListNamesTheResource() {
        assertThatThrownBy(() -> IndonesianCalendars.load("id-1999"))
                .isInstanceOf(PitaException.class)
                .hasMessage("calendar/holidays-id-1999.yaml: no such holiday list on the classpath");
    }

    @Test
    void holidayListNameCannotLeaveTheFolder() {
        assertThatThrownBy(() -> IndonesianCalendars.load("../secret"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("name:");
    }
}
