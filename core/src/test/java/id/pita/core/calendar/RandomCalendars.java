package id.pita.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators for random work calendars: quarter-hour spans (some up to midnight), days off, dates in 2026. */
final class RandomCalendars {
    static final LocalDate FIRST = LocalDate.of(2025, 12, 1);
    static final int DAYS = 500;

    private RandomCalendars() {
    }

    /** Indonesia's three zones, and two with daylight saving to exercise offset gaps and overlaps. */
    static Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Asia/Makassar", "Asia/Pontianak", "Asia/Jayapura", "Europe/Berlin",
                "America/New_York").map(ZoneId::of);
    }

    static Arbitrary<WorkCalendar> calendars() {
        var ramadan = Combinators.combine(dates(), Arbitraries.integers().between(20, 30), weeks())
                .as((first, length, week) -> new RamadanPeriod(first, first.plusDays(length - 1), week));
        var holidays = dates().map(d -> new Holiday(d, "Libur " + d, HolidayKind.NATIONAL)).list().ofMaxSize(40);
        var exceptions = Combinators.combine(dates(), days())
                .as((d, hours) -> new DayException(d, "Pengecualian " + d, hours))
                .list().ofMaxSize(10).uniqueElements(DayException::date);
        return Combinators.combine(weeks(), ramadan.list().ofMaxSize(1), holidays, exceptions)
                .as(WorkCalendar::new);
    }

    static Arbitrary<WeeklyHours> weeks() {
        return days().list().ofSize(7).map(list -> {
            var map = new EnumMap<DayOfWeek, DayHours>(DayOfWeek.class);
            for (var d : DayOfWeek.values()) {
                map.put(d, list.get(d.getValue() - 1));
            }
            return new WeeklyHours(map);
        }).edgeCases(c -> c.add(new WeeklyHours(Map.of())));
    }

    static Arbitrary<DayHours> days() {
        var slot = Arbitraries.integers().between(0, 96);
        var span = Combinators.combine(slot, slot).filter((a, b) -> !a.equals(b))
                .as((a, b) -> new TimeRange(time(Math.min(a, b)), time(Math.max(a, b))));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(DayHours.OFF)),
                Tuple.of(7, span.map(s -> new DayHours(Optional.of(s), List.of()))));
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, DAYS).map(FIRST::plusDays);
    }

    /** Quarter-hour slot {@code i}; slot 96 is the last instant of the day so a span can reach midnight. */
    private static LocalTime time(int i) {
        return i == 96 ? LocalTime.MAX : LocalTime.ofSecondOfDay(i * 900L);
    }
}
