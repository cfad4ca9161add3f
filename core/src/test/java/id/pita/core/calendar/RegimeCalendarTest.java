package id.pita.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2026 national calendar in Paser (WITA): the working week, weekends and holidays. */
class RegimeCalendarTest {
    static final ZoneId PASER = ZoneId.of("Asia/Makassar");
    static final WorkCalendar STANDARD = IndonesianCalendars.standard2026();
    private final RegimeCalendar paser = new RegimeCalendar(STANDARD, PASER);

    static Instant wita(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PASER).toInstant();
    }

    @Test
    void mondayMorningIsOfficeHoursUntilFourPm() {
        var s = paser.at(wita("2026-11-23T10:00"));
        assertThat(s.regime()).isEqualTo(Regime.OFFICE_HOURS);
        assertThat(s.nextBoundary()).contains(wita("2026-11-23T16:00"));
        assertThat(s.note()).isEqualTo("Jam kerja");
    }

    @Test
    void mondayEveningIsAfterHoursUntilTuesdayMorning() {
        var s = paser.at(wita("2026-11-23T16:30"));
        assertThat(s.regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(s.nextBoundary()).contains(wita("2026-11-24T07:30"));
        assertThat(s.note()).isEqualTo("Di luar jam kerja");
    }

    @Test
    void spanIsHalfOpenSoFourPmItselfIsAfterHours() {
        assertThat(paser.at(wita("2026-11-23T15:59:59.999")).regime()).isEqualTo(Regime.OFFICE_HOURS);
        assertThat(paser.at(wita("2026-11-23T16:00")).regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(paser.at(wita("2026-11-23T07:29:59")).nextBoundary()).contains(wita("2026-11-23T07:30"));
        assertThat(paser.at(wita("2026-11-23T07:30")).regime()).isEqualTo(Regime.OFFICE_HOURS);
    }

    @Test
    void lunchAndFridayPrayerBreaksStayOfficeHours() {
        var lunch = paser.at(wita("2026-11-23T12:30"));
        assertThat(lunch.regime()).isEqualTo(Regime.OFFICE_HOURS);
        assertThat(lunch.nextBoundary()).contains(wita("2026-11-23T16:00"));
        assertThat(paser.at(wita("2026-11-27T11:45")).regime()).isEqualTo(Regime.OFFICE_HOURS);
    }

    @Test
    void fridayRunsUntilFourThirtyThenTheWeekend() {
        var late = paser.at(wita("2026-11-27T16:15"));
        assertThat(late.regime()).isEqualTo(Regime.OFFICE_HOURS);
        assertThat(late.nextBoundary()).contains(wita("2026-11-27T16:30"));
        var after = paser.at(wita("2026-11-27T16:30"));
        assertThat(after.regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(after.nextBoundary()).contains(wita("2026-11-30T07:30"));
    }

    @Test
    void saturdayAndSundayAreAfterHoursAllDay() {
        for (var t : List.of("2026-11-28T00:00", "2026-11-28T10:00", "2026-11-28T23:59:59")) {
            var s = paser.at(wita(t));
            assertThat(s.regime()).as(t).isEqualTo(Regime.AFTER_HOURS);
            assertThat(s.nextBoundary()).as(t).contains(wita("2026-11-30T07:30"));
            assertThat(s.note()).isEqualTo("Sabtu");
        }
        assertThat(paser.at(wita("2026-11-29T10:00")).note()).isEqualTo("Minggu");
    }

    @Test
    void independenceDayIsAfterHoursAllDay() {
        for (var t : List.of("2026-08-17T00:00", "2026-08-17T10:00", "2026-08-17T23:59")) {
            var s = paser.at(wita(t));
            assertThat(s.regime()).as(t).isEqualTo(Regime.AFTER_HOURS);
            assertThat(s.nextBoundary()).as(t).contains(wita("2026-08-18T07:30"));
            assertThat(s.note()).isEqualTo("Hari Proklamasi Kemerdekaan RI");
        }
    }

    @Test
    void ramadanHoursStartAtEight() {
        var early = paser.at(wita("2026-02-23T07:45"));
        assertThat(early.regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(early.nextBoundary()).contains(wita("2026-02-23T08:00"));
        var eight = paser.at(wita("2026-02-23T08:00"));
        assertThat(eight.regime()).isEqualTo(Regime.OFFICE_HOURS);
        assertThat(eight.nextBoundary()).contains(wita("2026-02-23T15:00"));
        assertThat(eight.note()).isEqualTo("Jam kerja Ramadan");
        assertThat(paser.at(wita("2026-02-27T15:15")).nextBoundary()).contains(wita("2026-02-27T15:30"));
    }

    @Test
    void dayBeforeAHolidayEndsAtFourAndTheBoundarySkipsHolidayCutiBersamaAndWeekend() {
        // Thu 14 May Kenaikan Yesus Kristus, Fri 15 May cuti bersama, then the weekend.
        var s = paser.at(wita("2026-05-13T15:00"));
        assertThat(s.nextBoundary()).contains(wita("2026-05-13T16:00"));
        var evening = paser.at(wita("2026-05-13T16:00"));
        assertThat(evening.regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(evening.nextBoundary()).contains(wita("2026-05-18T07:30"));
        assertThat(paser.at(wita("2026-05-15T09:00")).note()).isEqualTo("Cuti Bersama Kenaikan Yesus Kristus");
    }

    @Test
    void lebaranWeekRunsFromThursdayEveningToWednesdayMorning() {
        // Nyepi cuti bersama 18 Mar and holiday 19 Mar bracket Ramadan's last days; work resumes 25 Mar.
        var s = paser.at(wita("2026-03-17T15:00"));
        assertThat(s.regime()).isEqualTo(Regime.AFTER_HOURS);
        assertThat(s.nextBoundary()).contains(wita("2026-03-25T07:30"));
    }
}
