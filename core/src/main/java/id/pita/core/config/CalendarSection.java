package id.pita.core.config;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.pita.core.calendar.DayException;
import id.pita.core.calendar.DayHours;
import id.pita.core.calendar.Holiday;
import id.pita.core.calendar.HolidayKind;
import id.pita.core.calendar.IndonesianCalendars;
import id.pita.core.calendar.RamadanPeriod;
import id.pita.core.calendar.TimeRange;
import id.pita.core.calendar.WeeklyHours;
import id.pita.core.calendar.WorkCalendar;

/**
 * The {@code calendar:} section: {@code week} (a keyword or one entry per weekday, {@code mon} to
 * {@code sun}, each {@code off} or {@code {span: "07:30-16:00", breaks: ["12:00-13:00"]}}),
 * {@code ramadan} periods, {@code holidays} ({@code include} named lists, {@code extra} entries) and
 * one-off {@code exceptions}. The keywords name the national weeks of {@link IndonesianCalendars}, so a rule
 * change is made in one place.
 */
final class CalendarSection {
    static final String PERPRES = "perpres-21-2023";
    static final String PERPRES_RAMADAN = "perpres-21-2023-ramadan";
    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY,
            "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    private final HolidayIncludes includes;

    CalendarSection(HolidayIncludes includes) {
        this.includes = includes;
    }

    WorkCalendar read(YNode node) {
        var f = node.fields(Set.of("week", "ramadan", "holidays", "exceptions"));
        var week = week(YNode.required(f, "week", node));
        var ramadan = new ArrayList<RamadanPeriod>();
        if (f.containsKey("ramadan")) {
            for (var r : f.get("ramadan").items()) {
                ramadan.add(ramadan(r));
            }
        }
        var holidays = f.containsKey("holidays") ? holidays(f.get("holidays")) : List.<Holiday>of();
        var exceptions = new ArrayList<DayException>();
        if (f.containsKey("exceptions")) {
            for (var e : f.get("exceptions").items()) {
                exceptions.add(exception(e));
            }
        }
        return node.build(() -> new WorkCalendar(week, ramadan, holidays, exceptions));
    }

    private static WeeklyHours week(YNode node) {
        if (node.isScalar()) {
            var keyword = node.text();
            if (keyword.equals(PERPRES)) {
                return IndonesianCalendars.perpres21Of2023();
            }
            if (keyword.equals(PERPRES_RAMADAN)) {
                return IndonesianCalendars.ramadan();
            }
            throw node.error("unknown week '" + keyword + "' (use " + PERPRES + ", " + PERPRES_RAMADAN
                    + " or a mapping of mon..sun)");
        }
        var f = node.fields(DAYS.keySet());
        var days = new EnumMap<DayOfWeek, DayHours>(DayOfWeek.class);
        f.forEach((key, value) -> days.put(DAYS.get(key), dayHours(value)));
        return node.build(() -> new WeeklyHours(days));
    }

    private static DayHours dayHours(YNode node) {
        if (node.isScalar()) {
            if (node.text().equals("off")) {
                return DayHours.OFF;
            }
            throw node.error("must be 'off' or {span: \"07:30-16:00\", breaks: [\"12:00-13:00\"]}");
        }
        var f = node.fields(Set.of("span", "breaks"));
        var span = range(YNode.required(f, "span", node));
        var breaks = new ArrayList<TimeRange>();
        if (f.containsKey("breaks")) {
            for (var b : f.get("breaks").items()) {
                breaks.add(range(b));
            }
        }
        return node.build(() -> new DayHours(Optional.of(span), breaks));
    }

    private static TimeRange range(YNode node) {
        var parts = node.text().split("-", -1);
        if (parts.length != 2) {
            throw node.error("must be a time range like 07:30-16:00 (was '" + node.text() + "')");
        }
        var start = node.parse("a time range like 07:30-16:00", t -> LocalTime.parse(parts[0].strip()));
        var end = node.parse("a time range like 07:30-16:00", t -> LocalTime.parse(parts[1].strip()));
        return node.build(() -> new TimeRange(start, end));
    }

    private static RamadanPeriod ramadan(YNode node) {
        var f = node.fields(Set.of("first", "last", "week"));
        var first = YNode.required(f, "first", node).date();
        var last = YNode.required(f, "last", node).date();
        var week = f.containsKey("week") ? week(f.get("week")) : IndonesianCalendars.ramadan();
        return node.build(() -> new RamadanPeriod(first, last, week));
    }

    private static DayException exception(YNode node) {
        var f = node.fields(Set.of("date", "reason", "hours"));
        var date = YNode.required(f, "date", node).date();
        var reason = YNode.required(f, "reason", node).text();
        var hours = dayHours(YNode.required(f, "hours", node));
        return node.build(() -> new DayException(date, reason, hours));
    }

    private List<Holiday> holidays(YNode node) {
        var f = node.fields(Set.of("include", "extra"));
        var out = new ArrayList<Holiday>();
        if (f.containsKey("include")) {
            for (var name : f.get("include").items()) {
                out.addAll(include(name));
            }
        }
        if (f.containsKey("extra")) {
            out.addAll(holidayList(f.get("extra")));
        }
        return out;
    }

    private List<Holiday> include(YNode nameNode) {
        var name = nameNode.text();
        var reader = includes.open(name);
        if (reader.isEmpty()) {
            throw nameNode.error("no holiday list '" + name + "' (" + includes.fileName(name) + " not found)");
        }
        var file = includes.fileName(name);
        try (var r = reader.get()) {
            var list = new YNode(file, DistrictFile.compose(file, r), "");
            if (!list.isScalar() && !list.isList()) {
                // A year file: {year, confirmed, source, ramadan, holidays}; the district takes its holidays.
                list = YNode.required(list.fields(Set.of("year", "confirmed", "source", "ramadan", "holidays")),
                        "holidays", list);
            }
            return holidayList(list);
        } catch (IOException e) {
            throw nameNode.error("cannot read holiday list '" + name + "': " + e.getMessage());
        }
    }

    private static List<Holiday> holidayList(YNode node) {
        var out = new ArrayList<Holiday>();
        for (var item : node.items()) {
            var f = item.fields(Set.of("date", "name", "kind", "provisional"));
            var date = YNode.required(f, "date", item).date();
            var name = YNode.required(f, "name", item).text();
            var kind = f.containsKey("kind") ? f.get("kind").enumValue(HolidayKind.class) : HolidayKind.NATIONAL;
            var provisional = f.containsKey("provisional") && f.get("provisional").bool();
            out.add(item.build(() -> new Holiday(date, name, kind, provisional)));
        }
        return out;
    }
}
