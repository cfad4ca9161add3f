package id.pita.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.pita.core.calendar.DayHours;
import id.pita.core.calendar.IndonesianCalendars;
import id.pita.core.calendar.Regime;
import id.pita.core.calendar.RegimeCalendar;

/**
 * The demos as shipped: loaded with the default (classpath) holiday loader, so the real
 * {@code calendar/holidays-id-2026.yaml} is read, and the week keywords resolved to the national rules.
 */
class DemoNationalCalendarTest {
    private static final LocalDate PROKLAMASI = LocalDate.of(2026, 8, 17);

    @ParameterizedTest
    @ValueSource(strings = {"paser", "kotawaringin-timur"})
    void independenceDayIsAHolidayInTheShippedDemo(String name) {
        var district = DistrictFiles.demo(name);
        assertThat(district.calendar().holidays())
                .anySatisfy(h -> assertThat(h.date()).isEqualTo(PROKLAMASI));
        var calendar = new RegimeCalendar(district.calendar(), district.zone());
        assertThat(calendar.hoursOn(PROKLAMASI)).isEqualTo(DayHours.OFF);
        // A Monday at 10:00 local would be office hours on any ordinary week.
        var tenOClock = LocalDateTime.of(PROKLAMASI, LocalTime.of(10, 0)).atZone(district.zone());
        var state = calendar.at(tenOClock.toInstant());
        assertThat(state.regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(state.note()).contains("Proklamasi");
        assertThat(calendar.at(tenOClock.minusWeeks(1).toInstant()).regime()).isEqualTo(Regime.OFFICE_HOURS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"paser", "kotawaringin-timur"})
    void weekKeywordsAreTheNationalRules(String name) {
        var calendar = DistrictFiles.demo(name).calendar();
        assertThat(calendar.regular()).isEqualTo(IndonesianCalendars.perpres21Of2023());
        assertThat(calendar.ramadan()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.hours()).isEqualTo(IndonesianCalendars.ramadan()));
    }
}
