package id.pita.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The estimation methods against years whose dates are known (decreed or published). */
class HolidayEstimatesTest {
    @ParameterizedTest
    @CsvSource({"2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2028,2028-04-16",
            "2029,2029-04-01", "2030,2030-04-21", "2019,2019-04-21", "2038,2038-04-25", "2285,2285-03-22"})
    void easterByTheComputus(int year, LocalDate easter) {
        assertThat(HolidayEstimates.easter(year)).isEqualTo(easter);
    }

    @Test
    void goodFridayAndAscensionFollowEasterAsInTheSkb2026() {
        var y = HolidayEstimates.estimate(2026);
        assertThat(dateOf(y, "Wafat Yesus Kristus")).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(dateOf(y, "Kenaikan Yesus Kristus")).isEqualTo(LocalDate.of(2026, 5, 14));
    }

    /** Idul Fitri as Indonesia's government set it (SKB, confirmed by the sidang isbat). */
    @ParameterizedTest
    @CsvSource({"2019,2019-06-05", "2020,2020-05-24", "2021,2021-05-13", "2022,2022-05-02", "2023,2023-04-22",
            "2024,2024-04-10", "2025,2025-03-31", "2026,2026-03-21"})
    void idulFitriWithinOneDayOfTheGovernmentsDate(int year, LocalDate decreed) {
        assertThat(Math.abs(ChronoUnit.DAYS.between(decreed, HolidayEstimates.idulFitri(year)))).isLessThanOrEqualTo(1);
    }

    @Test
    void otherIslamicDays2026WithinOneDayOfTheSkb() {
        var y = HolidayEstimates.estimate(2026);
        var skb = Map.of("Isra Mikraj Nabi Muhammad SAW", LocalDate.of(2026, 1, 16), "Idul Adha 1447 H",
                LocalDate.of(2026, 5, 27), "Tahun Baru Islam 1448 H", LocalDate.of(2026, 6, 16),
                "Maulid Nabi Muhammad SAW", LocalDate.of(2026, 8, 25));
        skb.forEach((name, date) -> assertThat(Math.abs(ChronoUnit.DAYS.between(date, dateOf(y, name))))
                .as(name).isLessThanOrEqualTo(1));
    }

    @Test
    void ramadan1447StartsWithinOneDayOfTheSidangIsbat() {
        var r = HolidayEstimates.ramadan(2026);
        assertThat(r).hasSize(1);
        assertThat(Math.abs(ChronoUnit.DAYS.between(LocalDate.of(2026, 2, 19), r.get(0).first())))
                .isLessThanOrEqualTo(1);
        assertThat(r.get(0).last().plusDays(1)).isEqualTo(HolidayEstimates.idulFitri(2026));
        assertThat(r.get(0).provisional()).isTrue();
    }

    @Test
    void ramadan1448IsEstimatedForFebruaryToMarch2027() {
        var r = HolidayEstimates.ramadan(2027);
        assertThat(r).containsExactly(new RamadanDates(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 3, 8), true));
    }

    @Test
    void aYearCanHoldTwoRamadanStarts() {
        assertThat(HolidayEstimates.ramadan(2030)).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"2019,2019-02-05", "2020,2020-01-25", "2021,2021-02-12", "2022,2022-02-01", "2023,2023-01-22",
            "2024,2024-02-10", "2025,2025-01-29", "2026,2026-02-17", "2027,2027-02-06", "2028,2028-01-26",
            "2029,2029-02-13", "2030,2030-02-03"})
    void imlekOnTheChineseNewYear(int year, LocalDate newYear) {
        assertThat(HolidayEstimates.imlek(year)).isEqualTo(newYear);
    }

    @ParameterizedTest
    @CsvSource({"2019,2019-03-07", "2020,2020-03-25", "2021,2021-03-14", "2022,2022-03-03", "2023,2023-03-22",
            "2024,2024-03-11", "2025,2025-03-29", "2026,2026-03-19"})
    void nyepiWithinOneDayOfTheDecree(int year, LocalDate decreed) {
        var estimate = HolidayEstimates.nyepi(year);
        assertThat(ChronoUnit.DAYS.between(estimate, decreed)).isBetween(0L, 1L);
    }

    @ParameterizedTest
    @CsvSource({"2021,2021-05-26", "2022,2022-05-16", "2023,2023-06-04", "2024,2024-05-23", "2025,2025-05-12",
            "2026,2026-05-31"})
    void waisakOnWalubisDate(int year, LocalDate decreed) {
        assertThat(HolidayEstimates.waisak(year)).isEqualTo(decreed);
    }

    @Test
    void anEstimatedYearIsNotConfirmedAndMarksOnlyMoveableDaysProvisional() {
        var y = HolidayEstimates.estimate(2027);
        assertThat(y.confirmed()).isFalse();
        assertThat(y.holidays()).filteredOn(h -> !h.provisional()).extracting(Holiday::name).containsExactly(
                "Tahun Baru 2027 Masehi", "Hari Buruh Internasional", "Hari Lahir Pancasila",
                "Hari Proklamasi Kemerdekaan RI", "Kelahiran Yesus Kristus");
        assertThat(y.holidays()).filteredOn(Holiday::provisional).hasSize(13);
        assertThat(y.holidays()).noneMatch(h -> h.kind() == HolidayKind.CUTI_BERSAMA);
        assertThat(y.holidays()).filteredOn(h -> h.name().startsWith("Isra Mikraj")).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 12, 25));
    }

    @Test
    void everyEstimatedYearOfTheNextDecadeIsAValidYear() {
        for (int year = 2027; year <= 2040; year++) {
            var y = HolidayEstimates.estimate(year);
            assertThat(y.holidays()).allMatch(h -> h.date().getYear() == y.year());
            assertThat(y.holidays()).filteredOn(h -> h.name().startsWith("Idul Fitri")).hasSizeBetween(2, 4);
        }
    }

    private static LocalDate dateOf(HolidayYear y, String name) {
        return y.holidays().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow().date();
    }
}
