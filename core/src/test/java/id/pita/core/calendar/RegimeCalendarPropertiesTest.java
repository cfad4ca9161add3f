package id.pita.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The boundary is the first change: checked against an independent, plain reading of the calendar at
 * every point where a regime could change (each span edge and offset jump, and just before it).
 */
class RegimeCalendarPropertiesTest {
    private static final long YEAR_START = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    private static final long YEAR_END = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();

    @Provide
    Arbitrary<Instant> instants2026() {
        var any = Arbitraries.longs().between(YEAR_START, YEAR_END - 1);
        // Whole five minutes often fall exactly on a quarter-hour span edge.
        return Arbitraries.oneOf(any.map(Instant::ofEpochSecond),
                any.map(s -> Instant.ofEpochSecond(s - Math.floorMod(s, 300))));
    }

    @Provide
    Arbitrary<WorkCalendar> calendars() {
        return RandomCalendars.calendars();
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return RandomCalendars.zones();
    }

    @Property(tries = 400, seed = "20261123")
    void boundaryIsTheFirstInstantTheRegimeDiffers(@ForAll("instants2026") Instant instant,
            @ForAll("calendars") WorkCalendar calendar, @ForAll("zones") ZoneId zone) {
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

    @Provide
    Arbitrary<Instant> nearBerlinOffsetChanges() {
        var changes = Arbitraries.of(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-10-25T01:00:00Z"));
        var shift = Arbitraries.longs().between(-36 * 3600, 12 * 3600).map(s -> s - Math.floorMod(s, 300));
        return changes.flatMap(c -> shift.map(c::plusSeconds));
    }

    /** Offset gaps and overlaps: a span edge may never occur, or occur twice. */
    @Property(tries = 400, seed = "20260329")
    void boundaryIsExactAcrossDaylightSavingChanges(@ForAll("nearBerlinOffsetChanges") Instant instant,
            @ForAll("calendars") WorkCalendar calendar) {
        boundaryIsTheFirstInstantTheRegimeDiffers(instant, calendar, ZoneId.of("Europe/Berlin"));
    }

    @Property(tries = 200, seed = "7")
    void noteIsNeverBlank(@ForAll("instants2026") Instant instant, @ForAll("calendars") WorkCalendar calendar) {
        assertThat(new RegimeCalendar(calendar, ZoneId.of("Asia/Makassar")).at(instant).note()).isNotBlank();
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
