package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.calendar.TimeRange;
import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar page reads in Bahasa Indonesia and edits weekly hours with their breaks. */
class CalendarPageIT {
    @Test
    void labelsAreReadableBahasaIndonesia() throws Exception {
        try (var server = new ConsoleServer()) {
            var admin = new Client(server.base());
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
            var admin = new Client(server.base());
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
            var week = server.district.load().calendar().regular();
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
            assertThat(server.district.load().calendar().regular().workingMinutesPerWeek()).isEqualTo(37 * 60);
        }
    }
}
