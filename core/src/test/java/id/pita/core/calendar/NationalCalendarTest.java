package id.pita.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped year files, how they join a district's calendar, and when the calendar counts as unsettled. */
class NationalCalendarTest {
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final NationalCalendar SHIPPED = IndonesianCalendars.shipped();

    @Test
    void shipsTheConfirmed2026AndTheProvisional2027() {
        assertThat(SHIPPED.years()).extracting(HolidayYear::year).contains(2026, 2027);
        assertThat(SHIPPED.year(2026).orElseThrow().confirmed()).isTrue();
        assertThat(SHIPPED.year(2026).orElseThrow().holidays()).hasSize(25);
        var y2027 = SHIPPED.year(2027).orElseThrow();
        assertThat(y2027.confirmed()).isFalse();
        assertThat(y2027.source()).isEqualTo(HolidayEstimates.METHOD);
    }

    @Test
    void shipped2027IsExactlyWhatTheStatedMethodsGive() {
        var estimate = HolidayEstimates.estimate(2027);
        var shipped = SHIPPED.year(2027).orElseThrow();
        assertThat(shipped.holidays()).containsExactlyInAnyOrderElementsOf(estimate.holidays());
        assertThat(shipped.ramadan()).isEqualTo(estimate.ramadan());
    }

    @Test
    void theWarningFiresOnFirstDecember2026BecauseTwentyTwentySevenIsProvisional() {
        var c = SHIPPED.coverage(LocalDate.of(2026, 12, 1));
        assertThat(c.ok()).isFalse();
        assertThat(c.provisional()).containsExactly(2027);
        assertThat(c.missing()).isEmpty();
        assertThat(c.messageId()).contains("2027").contains("perkiraan");
        assertThat(c.messageEn()).contains("2027").contains("estimate");
    }

    @Test
    void settledWhenTheNextSixtyDaysStayInAConfirmedYear() {
        assertThat(SHIPPED.coverage(LocalDate.of(2026, 11, 1)).ok()).isTrue();
        assertThat(SHIPPED.coverage(LocalDate.of(2026, 11, 2)).provisional()).containsExactly(2027);
    }

    @Test
    void aYearWithNoListIsMissing() {
        var c = SHIPPED.coverage(LocalDate.of(2027, 11, 15));
        assertThat(c.provisional()).containsExactly(2027);
        assertThat(c.missing()).containsExactly(2028);
        assertThat(c.messageEn()).contains("no holiday list for 2028");
    }

    @Test
    void aDistrictsOwnHolidaysInAYearKeepItFromCountingAsMissing() {
        var own = new WorkCalendar(IndonesianCalendars.perpres21Of2023(), List.of(),
                List.of(new Holiday(LocalDate.of(2028, 3, 1), "Libur daerah", HolidayKind.NATIONAL)), List.of());
        assertThat(SHIPPED.coverage(LocalDate.of(2027, 11, 15), own).missing()).isEmpty();
    }

    @Test
    void newYearsDay2027IsAfterHoursAndIdulFitriIsMarkedAsAnEstimate() {
        var plain = new WorkCalendar(IndonesianCalendars.perpres21Of2023(), List.of(), List.of(), List.of());
        var calendar = new RegimeCalendar(SHIPPED.applyTo(plain), WITA);
        var newYear = calendar.at(Instant.parse("2027-01-01T02:00:00Z"));
        assertThat(newYear.regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(newYear.note()).isEqualTo("Tahun Baru 2027 Masehi");
        var fitri = calendar.at(LocalDate.of(2027, 3, 9).atTime(10, 0).atZone(WITA).toInstant());
        assertThat(fitri.regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(fitri.note()).isEqualTo("Idul Fitri 1448 H (perkiraan)");
        assertThat(calendar.hoursOn(LocalDate.of(2027, 2, 10))).as("Ramadan 1448 hours")
                .isEqualTo(IndonesianCalendars.ramadan().on(java.time.DayOfWeek.WEDNESDAY));
    }

    @Test
    void aDistrictHolidayMovedByTheNationalListFollowsIt() {
        var stale = new Holiday(LocalDate.of(2027, 3, 10), "Idul Fitri 1448 H", HolidayKind.NATIONAL, true);
        var local = new Holiday(LocalDate.of(2027, 4, 21), "Hari Jadi Kabupaten", HolidayKind.NATIONAL);
        var district = new WorkCalendar(IndonesianCalendars.perpres21Of2023(), List.of(), List.of(stale, local),
                List.of());
        var decreed = new HolidayYear(2027, true, "SKB 2027 (test)",
                List.of(new Holiday(LocalDate.of(2027, 3, 11), "Idul Fitri 1448 H", HolidayKind.NATIONAL)), List.of());
        var joined = new NationalCalendar(List.of(decreed)).applyTo(district);
        assertThat(joined.holidays()).extracting(Holiday::date)
                .containsExactlyInAnyOrder(LocalDate.of(2027, 4, 21), LocalDate.of(2027, 3, 11));
    }

    @Test
    void aDistrictsOwnRamadanWinsOverTheNationalOneOfThatYear() {
        var own = new RamadanPeriod(LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 9), IndonesianCalendars.ramadan());
        var district = new WorkCalendar(IndonesianCalendars.perpres21Of2023(), List.of(own), List.of(), List.of());
        assertThat(SHIPPED.applyTo(district).ramadan()).filteredOn(r -> r.first().getYear() == 2027)
                .containsExactly(own);
    }
}
