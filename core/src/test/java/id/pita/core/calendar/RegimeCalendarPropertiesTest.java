package id.pita.core.calendar;

import static id.pita.core.testing.PropertyCheck.between;
import static id.pita.core.testing.PropertyCheck.forAll;
import static id.pita.core.testing.PropertyCheck.oneOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The boundary is the first change: checked against an independent, plain reading of the calendar at
 * every point where a regime could change (each span edge and offset jump, and just before it).
 */
class RegimeCalendarPropertiesTest {
    private static final long YEAR_START = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    private static final long YEAR_END = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();

    private record Case(Instant instant, WorkCalendar calendar, ZoneId zone) {
    }

    private static Instant instant2026(Random r) {
        long s = between(r, YEAR_START, YEAR_END - 1);
        // Whole five minutes often fall exactly on a quarter-hour span edge.
        return Instant.ofEpochSecond(r.nextBoolean() ? s : s - Math.floorMod(s, 300));
    }

    @Test
    void boundaryIsTheFirstInstantTheRegimeDiffers() {
        forAll("boundary is the first change", 20261123L, 400,
                r -> new Case(instant2026(r), RandomCalendars.calendar(r), RandomCalendars.zone(r)),
                c -> checkBoundary(c.instant(), c.calendar(), c.zone()));
    }

    /** Offset gaps and overlaps: a span edge may never occur, or occur twice. */
    @Test
    void boundaryIsExactAcrossDaylightSavingChanges() {
        var changes = new Instant[] {Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-10-25T01:00:00Z")};
        forAll("boundary exact across DST", 20260329L, 400, r -> {
            long shift = between(r, -36 * 3600L, 12 * 3600L);
            var instant = oneOf(r, changes).plusSeconds(shift - Math.floorMod(shift, 300));
            return new Case(instant, RandomCalendars.calendar(r), ZoneId.of("Europe/Berlin"));
        }, c -> checkBoundary(c.instant(), c.calendar(), c.zone()));
    }

    @Test
    void noteIsNeverBlank() {
        forAll("note never blank", 7L, 200, r -> new Case(instant2026(r), RandomCalendars.calendar(r),
                ZoneId.of("Asia/Makassar")),
                c -> assertThat(new RegimeCalendar(c.calendar(), c.zone()).at(c.instant()).note()).isNotBlank());
    }

    private static void checkBoundary(Instant instant, WorkCalendar calendar, ZoneId zone) {
        var state = new RegimeCalendar(calendar, zone).at(instant);
        assertThat(state.regime()).isEqualTo(oracle(calendar, zone, instant));
        var end = state.nextBoundary().orElse(instant.plus(Duration.ofDays(RegimeCalendar.HORIZON_DAYS)));
        assertThat(end).isAfter(instant);
        for (var t : probes(calendar, zone, instant, end)) {
            assertThat(oracle(calendar, zone, t)).as("regime at %s (boundary %s)", t, end).isEqualTo(state.regime());
        }
        state.nextBoundary().ifPresent(b ->
                assertThat(oracle(calendar, zone, b)).as("regime at boundary %s", b).isNotEqualTo(state.regime()));
    }

    /** Every point in [from, to) where the regime could change, the instant before it, and random samples. */
    private static List<Instant> probes(WorkCalendar calendar, ZoneId zone, Instant from, Instant to) {
        var points = new ArrayList<Instant>();
        var last = LocalDate.ofInstant(to, zone).plusDays(1);
        for (var d = LocalDate.ofInstant(from, zone).minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            var span = oracleHours(calendar, d).span();
            if (span.isPresent()) {
                for (var time : List.of(span.get().start(), span.get().end())) {
                    var local = LocalDateTime.of(d, time);
                    for (var offset : zone.getRules().getValidOffsets(local)) {
                        points.add(local.toInstant(offset));
                    }
                }
            }
        }
        for (var t = zone.getRules().nextTransition(from); t != null && t.getInstant().isBefore(to);
             t = zone.getRules().nextTransition(t.getInstant())) {
            points.add(t.getInstant());
        }
        var random = new Random(from.getEpochSecond());
        long span = Duration.between(from, to).toNanos();
        for (int i = 0; i < 50; i++) {
            points.add(from.plusNanos((long) (random.nextDouble() * span)));
        }
        var probes = new ArrayList<Instant>();
        for (var p : points) {
            for (var q : List.of(p, p.minusNanos(1))) {
                if (!q.isBefore(from) && q.isBefore(to)) {
                    probes.add(q);
                }
            }
        }
        return probes;
    }

    static Regime oracle(WorkCalendar calendar, ZoneId zone, Instant t) {
        var local = t.atZone(zone).toLocalDateTime();
        var span = oracleHours(calendar, local.toLocalDate()).span();
        return span.isPresent() && span.get().contains(local.toLocalTime()) ? Regime.OFFICE_HOURS
                : Regime.AFTER_HOURS;
    }

    static DayHours oracleHours(WorkCalendar calendar, LocalDate date) {
        var exception = calendar.exceptions().stream().filter(e -> e.date().equals(date)).findFirst();
        if (exception.isPresent()) {
            return exception.get().hours();
        }
        if (calendar.holidays().stream().anyMatch(h -> h.date().equals(date))) {
            return DayHours.OFF;
        }
        var week = calendar.ramadan().stream().filter(r -> r.covers(date)).map(RamadanPeriod::hours).findFirst()
                .orElse(calendar.regular());
        return week.on(date.getDayOfWeek());
    }
}
