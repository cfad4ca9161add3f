package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.calendar.Regime;
import id.pita.core.store.Store;
import id.pita.portal.testing.Client;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Pita on New Year's Day 2027 (injected clock): the shipped, provisional 2027 list makes it after hours,
 * and the unsettled calendar is on {@code /health}, {@code /metrics} and the dashboard until the decree's list
 * is imported, from the console form or with {@code pita holidays import}.
 */
class CalendarYearsIT {
    /** Friday 1 January 2027, 10:00 WITA: a working-day hour on a national holiday. */
    static final Instant NEW_YEAR_10_WITA = Instant.parse("2027-01-01T02:00:00Z");
    static final String DECREE_2027 = """
            year: 2027
            confirmed: true
            source: "SKB 2027 (test copy)"
            ramadan: [{first: 2027-02-08, last: 2027-03-09}]
            holidays:
              - {date: 2027-01-01, name: "Tahun Baru 2027 Masehi", kind: NATIONAL}
              - {date: 2027-03-10, name: "Idul Fitri 1448 H", kind: NATIONAL}
              - {date: 2027-03-11, name: "Idul Fitri 1448 H", kind: NATIONAL}
            """;

    @TempDir
    Path dir;

    @Test
    void newYearsDay2027IsAfterHoursAndTheProvisionalCalendarIsOnHealthMetricsAndDashboard() throws Exception {
        try (var t = new TestPita(dir, Clock.fixed(NEW_YEAR_10_WITA, ZoneOffset.UTC))) {
            t.awaitFirstPlan();
            var http = new Client(t.base());
            var status = new JsonObject(new Client(t.adminBase()).get("/api/v1/public/status").body());
            assertThat(status.getString("regime")).isEqualTo(Regime.AFTER_HOURS.name());
            assertThat(t.pita.district().calendar().at(NEW_YEAR_10_WITA).note()).isEqualTo("Tahun Baru 2027 Masehi");

            var ops = new Client(t.adminBase());
            var health = new JsonObject(ops.get("/health").body());
            assertThat(health.getString("status")).isEqualTo("UP");
            var warning = health.getJsonArray("warnings").getJsonObject(0);
            assertThat(warning.getString("code")).isEqualTo("calendar");
            assertThat(warning.getString("message")).contains("2027").contains("perkiraan");
            assertThat(warning.getString("messageEn")).contains("the holiday list for 2027 is an estimate");
            assertThat(new JsonObject(http.get("/health").body()).getJsonArray("warnings").getJsonObject(0))
                    .as("the public listener names the warning, no more").isEqualTo(new JsonObject().put("code",
                            "calendar"));
            assertThat(ops.get("/metrics").body()).contains("pita_calendar_unsettled 1\n")
                    .contains("pita_calendar_year_unsettled{year=\"2027\",reason=\"provisional\"} 1\n");

            // The alert checks run from the start: the unsettled calendar is an alert too.
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (!ops.get("/metrics").body().contains("pita_alerts_firing{kind=\"calendar_unsettled\"} 1\n")) {
                assertThat(System.nanoTime()).as("the calendar alert within 20 s").isLessThan(deadline);
                Thread.sleep(50); // the first alert round runs on a worker thread; bounded by the deadline
            }
            assertThat(ops.get("/metrics").body()).contains("pita_alerts_firing{kind=\"gateway_silent\"} 0\n");

            var admin = t.admin();
            var dashboard = admin.get("/console").body();
            assertThat(dashboard).contains("data-notice=\"calendar\"").contains("Kalender belum pasti: daftar hari "
                    + "libur tahun 2027 masih perkiraan (SKB belum terbit)");

            var page = admin.get("/console/holidays");
            assertThat(page.body()).contains("PERKIRAAN").contains("Idul Fitri 1448 H (perkiraan)");
            var imported = admin.form("/console/holidays/import", Map.of("_csrf", admin.csrf, "yaml", DECREE_2027));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(303);

            assertThat(new JsonObject(ops.get("/health").body()).getJsonArray("warnings")).isEmpty();
            assertThat(ops.get("/metrics").body()).contains("pita_calendar_unsettled 0\n");
            assertThat(admin.get("/console").body()).doesNotContain("data-notice=\"calendar\"");
            var march10 = Instant.parse("2027-03-10T02:00:00Z");
            assertThat(t.pita.district().calendar().at(march10).note()).isEqualTo("Idul Fitri 1448 H");
            assertThat(t.pita.store().holidays().importedBy(2027)).contains("admin");
        }
    }

    @Test
    void aBadYearFileInTheConsoleNamesTheFieldAndChangesNothing() throws Exception {
        try (var t = new TestPita(dir, Clock.fixed(NEW_YEAR_10_WITA, ZoneOffset.UTC))) {
            var admin = t.admin();
            admin.get("/console/holidays");
            var bad = admin.form("/console/holidays/import", Map.of("_csrf", admin.csrf, "yaml",
                    DECREE_2027.replace("2027-03-11", "2027-02-30")));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("holidays.holidays[2].date");
            assertThat(t.pita.store().holidays().national().year(2027).orElseThrow().confirmed()).isFalse();
        }
    }

    @Test
    void theHolidaysCommandReplacesAYearInTheStore() throws Exception {
        var file = dir.resolve("skb-2027.yaml");
        Files.writeString(file, DECREE_2027);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try (var store = Store.open(dir.resolve("pita.db"))) {
            store.holidays().seed(id.pita.core.calendar.IndonesianCalendars.shipped());
            int code = HolidayLists.importFile(store, file, false, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(HolidayLists.OK);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("2027: 3 hari, resmi — SKB 2027 (test copy)\n");
            assertThat(store.holidays().national().year(2027).orElseThrow().confirmed()).isTrue();

            Files.writeString(file, "year: 2027\nconfirmed: yes please\n");
            code = HolidayLists.importFile(store, file, true, new PrintStream(out), new PrintStream(err, true,
                    StandardCharsets.UTF_8));
            assertThat(code).isEqualTo(HolidayLists.BAD_INPUT);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains(file + ".confirmed: must be true or false");
            assertThat(store.holidays().national().year(2027).orElseThrow().holidays()).hasSize(3);
        }
    }
}
