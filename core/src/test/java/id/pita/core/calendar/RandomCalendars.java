package id.pita.core.calendar;

import static id.pita.core.testing.PropertyCheck.between;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Generators for random work calendars: quarter-hour spans (some up to midnight), days off, dates in 2026. */
final class RandomCalendars {
    static final LocalDate FIRST = LocalDate.of(2025, 12, 1);
    static final int DAYS = 500;
    private static final List<String> ZONES =
            List.of("Asia/Makassar", "Asia/Pontianak", "Asia/Jayapura", "Europe/Berlin", "America/New_York");

    private RandomCalendars() {
    }

    /** Indonesia's three zones, and two with daylight saving to exercise offset gaps and overlaps. */
    static ZoneId zone(Random r) {
        return ZoneId.of(ZONES.get(r.nextInt(ZONES.size())));
    }

    static WorkCalendar calendar(Random r) {
        var ramadan = new ArrayList<RamadanPeriod>();
        if (r.nextBoolean()) {
            var first = date(r);
            ramadan.add(new RamadanPeriod(first, first.plusDays(between(r, 20, 30) - 1L), week(r)));
        }
        var holidays = new ArrayList<Holiday>();
        for (int i = between(r, 0, 40); i > 0; i--) {
            var d = date(r);
            holidays.add(new Holiday(d, "Libur " + d, HolidayKind.NATIONAL));
        }
        var exceptions = new ArrayList<DayException>();
        var exceptionDates = new HashSet<LocalDate>();
        for (int i = between(r, 0, 10); i > 0; i--) {
            var d = date(r);
            if (exceptionDates.add(d)) {
                exceptions.add(new DayException(d, "Pengecualian " + d, day(r)));
            }
        }
        return new WorkCalendar(week(r), ramadan, holidays, exceptions);
    }

    /** A random week; one in twenty has no working day at all (the edge case of no boundary). */
    static WeeklyHours week(Random r) {
        if (r.nextInt(20) == 0) {
            return new WeeklyHours(Map.of());
        }
        var map = new EnumMap<DayOfWeek, DayHours>(DayOfWeek.class);
        for (var d : DayOfWeek.values()) {
            map.put(d, day(r));
        }
        return new WeeklyHours(map);
    }

    static DayHours day(Random r) {
        if (r.nextInt(10) < 3) {
            return DayHours.OFF;
        }
        int a = between(r, 0, 96);
        int b;
        do {
            b = between(r, 0, 96);
        } while (b == a);
        return new DayHours(Optional.of(new TimeRange(time(Math.min(a, b)), time(Math.max(a, b)))), List.of());
    }

    private static LocalDate date(Random r) {
        return FIRST.plusDays(between(r, 0, DAYS));
    }

    /** Quarter-hour slot {@code i}; slot 96 is the last instant of the day so a span can reach midnight. */
    private static LocalTime time(int i) {
        return i == 96 ? LocalTime.MAX : LocalTime.ofSecondOfDay(i * 900L);
    }
}
