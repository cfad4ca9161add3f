package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.calendar.TimeRange;
import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calendar page reads in Bahasa Indonesia and edits weekly hours with their breaks. */
class CalendarPageIT {
    @Test
    void labelsAreReadableBahasaIndonesia() throws Exception {
        try (var server = new ConsoleServer()) {
            var admin = server.client();
            admin.login("admin", ConsoleServer.PASSWORD);
            var page = admin.get("/console/calendar").body();
            assertThat(page).contains("<legend>Senin</legend>").contains("<legend>Jumat</legend>")
                    .contains(">libur nasional</option>").contains(">cuti bersama</option>")
                    .contains("Istirahat 1 mulai");
            // What a person reads: the text between the tags (field names stay machine names).
            var text = page.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]+>", " ");
            assertThat(text).doesNotContain("MONDAY").doesNotContain(">NATIONAL").doesNotContain("CUTI_BERSAMA<")
                    .doesNotContain("Mulai / start").doesNotContain("/ date");
            assertThat(admin.get("/console/calendar?lang=en").body()).contains("<legend>Monday</legend>")
                    .contains("Break 1 start");
        }
    }

    @Test
    void weeklyHoursAreSavedWithBreaksAndShownAgain() throws Exception {
        try (var server = new ConsoleServer()) {
            var admin = server.client();
            admin.login("admin", ConsoleServer.PASSWORD);
            admin.get("/console/calendar");
            var form = new HashMap<String, String>();
            form.put("_csrf", admin.csrf);
            for (var day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY")) {
                form.put(day + ".start", "07:30");
                form.put(day + ".end", "16:00");
                form.put(day + ".break1.start", "12:00");
                form.put(day + ".break1.end", "13:00");
            }
            form.put("FRIDAY.start", "07:30");
            form.put("FRIDAY.end", "16:30");
            form.put("FRIDAY.break1.start", "11:30");
            form.put("FRIDAY.break1.end", "13:30");
            assertThat(admin.form("/console/calendar/week", form).statusCode()).isEqualTo(303);
            var week = server.district().calendar().regular();
            assertThat(week.on(DayOfWeek.FRIDAY).breaks()).containsExactly(new TimeRange(LocalTime.of(11, 30),
                    LocalTime.of(13, 30)));
            assertThat(week.on(DayOfWeek.SATURDAY).isWorkingDay()).isFalse();
            // 4 x 7.5 h + 7 h = 37 h
            assertThat(week.workingMinutesPerWeek()).isEqualTo(37 * 60);
            var page = admin.get("/console/calendar").body();
            assertThat(page).contains("Jam kerja mingguan sekarang: 37 jam")
                    .contains("id=\"week-FRIDAY.break1.start\" name=\"FRIDAY.break1.start\" type=\"time\" "
                            + "value=\"11:30\"");

            // A break outside the working span is refused, naming the field, and nothing changes.
            form.put("MONDAY.break1.end", "17:00");
            var refused = admin.form("/console/calendar/week", form);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("MONDAY.breaks[0]");
            assertThat(server.district().calendar().regular().workingMinutesPerWeek()).isEqualTo(37 * 60);
        }
    }

    @Test
    void aYearsHolidayListIsPastedAndReplacesOnlyThatYear() throws Exception {
        try (var server = new ConsoleServer()) {
            var admin = server.client();
            admin.login("admin", ConsoleServer.PASSWORD);
            admin.get("/console/calendar");
            var before = server.district().calendar().holidays().size();
            var list = "- {date: 2027-01-01, name: \"Tahun Baru 2027 Masehi\", kind: NATIONAL}\n"
                    + "- {date: 2027-03-10, name: \"Idul Fitri 1448 H\", kind: NATIONAL}\n"
                    + "- {date: 2027-03-11, name: \"Cuti Bersama Idul Fitri 1448 H\", kind: CUTI_BERSAMA}\n";
            assertThat(admin.form("/console/calendar/holiday-year", Map.of("_csrf", admin.csrf, "list", list))
                    .statusCode()).isEqualTo(303);
            var holidays = server.district().calendar().holidays();
            assertThat(holidays).hasSize(before + 3);
            assertThat(admin.get("/console/calendar").body()).contains("Jumat, 1 Januari 2027")
                    .contains("Cuti Bersama Idul Fitri 1448 H — cuti bersama");
            // Pasting 2027 again replaces it rather than doubling it; a broken list is refused naming the entry.
            admin.form("/console/calendar/holiday-year", Map.of("_csrf", admin.csrf, "list", list));
            assertThat(server.district().calendar().holidays()).hasSize(before + 3);
            var bad = admin.form("/console/calendar/holiday-year", Map.of("_csrf", admin.csrf, "list",
                    "- {date: 2027-02-30, name: X, kind: NATIONAL}"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("list[0]");
        }
    }
}
