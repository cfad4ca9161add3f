package id.pita.core.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import id.pita.core.calendar.DayException;
import id.pita.core.calendar.DayHours;
import id.pita.core.calendar.Holiday;
import id.pita.core.calendar.HolidayKind;
import id.pita.core.calendar.RamadanPeriod;
import id.pita.core.calendar.TimeRange;
import id.pita.core.calendar.WeeklyHours;
import id.pita.core.calendar.WorkCalendar;

/**
 * A {@link WorkCalendar} as rows: weekly hours per schedule ({@code REGULAR}, or {@code RAMADAN} with
 * the period's seq), breaks keyed by weekday number or an exception's date, holidays and exceptions
 * in file order.
 */
final class CalendarRows {
    private static final String REGULAR = "REGULAR";
    private static final String RAMADAN = "RAMADAN";
    private static final String EXCEPTION = "EXCEPTION";

    private CalendarRows() {
    }

    static void save(Handle h, String district, WorkCalendar c) {
        saveWeek(h, district, REGULAR, 0, c.regular());
        for (int i = 0; i < c.ramadan().size(); i++) {
            var r = c.ramadan().get(i);
            h.createUpdate("INSERT INTO ramadan_period (district_code, seq, first_date, last_date) "
                            + "VALUES (:d, :seq, :first, :last)")
                    .bind("d", district).bind("seq", i).bind("first", r.first().toString())
                    .bind("last", r.last().toString()).execute();
            saveWeek(h, district, RAMADAN, i, r.hours());
        }
        for (int i = 0; i < c.holidays().size(); i++) {
            var hd = c.holidays().get(i);
            h.createUpdate("INSERT INTO holiday (district_code, seq, holiday_date, name, kind, provisional) "
                            + "VALUES (:d, :seq, :date, :name, :kind, :provisional)")
                    .bind("d", district).bind("seq", i).bind("date", hd.date().toString())
                    .bind("name", hd.name()).bind("kind", hd.kind().name()).bind("provisional", hd.provisional())
                    .execute();
        }
        for (int i = 0; i < c.exceptions().size(); i++) {
            var e = c.exceptions().get(i);
            h.createUpdate("INSERT INTO day_exception (district_code, seq, exception_date, reason, span_start, "
                            + "span_end) VALUES (:d, :seq, :date, :reason, :start, :end)")
                    .bind("d", district).bind("seq", i).bind("date", e.date().toString()).bind("reason", e.reason())
                    .bind("start", e.hours().span().map(s -> s.start().toString()).orElse(null))
                    .bind("end", e.hours().span().map(s -> s.end().toString()).orElse(null)).execute();
            saveBreaks(h, district, EXCEPTION, i, e.date().toString(), e.hours().breaks());
        }
    }

    private static void saveWeek(Handle h, String district, String schedule, int period, WeeklyHours week) {
        for (var day : DayOfWeek.values()) {
            var hours = week.on(day);
            if (hours.span().isEmpty()) {
                continue;
            }
            var span = hours.span().get();
            h.createUpdate("INSERT INTO weekly_hours (district_code, schedule, period_seq, day_of_week, span_start, "
                            + "span_end) VALUES (:d, :s, :p, :dow, :start, :end)")
                    .bind("d", district).bind("s", schedule).bind("p", period).bind("dow", day.getValue())
                    .bind("start", span.start().toString()).bind("end", span.end().toString()).execute();
            saveBreaks(h, district, schedule, period, Integer.toString(day.getValue()), hours.breaks());
        }
    }

    private static void saveBreaks(Handle h, String district, String schedule, int period, String day,
                                   List<TimeRange> breaks) {
        for (int i = 0; i < breaks.size(); i++) {
            h.createUpdate("INSERT INTO hours_break (district_code, schedule, period_seq, day, seq, break_start, "
                            + "break_end) VALUES (:d, :s, :p, :day, :seq, :start, :end)")
                    .bind("d", district).bind("s", schedule).bind("p", period).bind("day", day).bind("seq", i)
                    .bind("start", breaks.get(i).start().toString()).bind("end", breaks.get(i).end().toString())
                    .execute();
        }
    }

    static WorkCalendar load(Handle h, String district) {
        var ramadan = h.createQuery("SELECT * FROM ramadan_period WHERE district_code = :d ORDER BY seq")
                .bind("d", district)
                .map((rs, ctx) -> new RamadanPeriod(LocalDate.parse(rs.getString("first_date")),
                        LocalDate.parse(rs.getString("last_date")),
                        week(h, district, RAMADAN, rs.getInt("seq"))))
                .list();
        var holidays = h.createQuery("SELECT * FROM holiday WHERE district_code = :d ORDER BY seq")
                .bind("d", district)
                .map((rs, ctx) -> new Holiday(LocalDate.parse(rs.getString("holiday_date")), rs.getString("name"),
                        HolidayKind.valueOf(rs.getString("kind")), rs.getBoolean("provisional")))
                .list();
        var exceptions = h.createQuery("SELECT * FROM day_exception WHERE district_code = :d ORDER BY seq")
                .bind("d", district)
                .map((rs, ctx) -> {
                    var start = rs.getString("span_start");
                    var span = start == null ? Optional.<TimeRange>empty()
                            : Optional.of(new TimeRange(LocalTime.parse(start),
                                    LocalTime.parse(rs.getString("span_end"))));
                    return new DayException(LocalDate.parse(rs.getString("exception_date")), rs.getString("reason"),
                            new DayHours(span, breaks(h, district, EXCEPTION, rs.getInt("seq"),
                                    rs.getString("exception_date"))));
                })
                .list();
        return new WorkCalendar(week(h, district, REGULAR, 0), ramadan, holidays, exceptions);
    }

    private static WeeklyHours week(Handle h, String district, String schedule, int period) {
        var days = new EnumMap<DayOfWeek, DayHours>(DayOfWeek.class);
        var rows = h.createQuery("SELECT day_of_week, span_start, span_end FROM weekly_hours "
                        + "WHERE district_code = :d AND schedule = :s AND period_seq = :p")
                .bind("d", district).bind("s", schedule).bind("p", period)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        for (var row : rows) {
            var span = new TimeRange(LocalTime.parse(row[1]), LocalTime.parse(row[2]));
            days.put(DayOfWeek.of(Integer.parseInt(row[0])),
                    new DayHours(Optional.of(span), breaks(h, district, schedule, period, row[0])));
        }
        return new WeeklyHours(days);
    }

    private static List<TimeRange> breaks(Handle h, String district, String schedule, int period, String day) {
        return new ArrayList<>(h.createQuery("SELECT break_start, break_end FROM hours_break WHERE district_code = :d "
                        + "AND schedule = :s AND period_seq = :p AND day = :day ORDER BY seq")
                .bind("d", district).bind("s", schedule).bind("p", period).bind("day", day)
                .map((rs, ctx) -> new TimeRange(LocalTime.parse(rs.getString("break_start")),
                        LocalTime.parse(rs.getString("break_end"))))
                .list());
    }
}
