package id.pita.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Finds the next instant at which the regime differs, day by day. The regime only changes where the
 * local time crosses a span's start or end, or where the zone's offset jumps; those are the only
 * candidates looked at. Days clear of offset changes (all of them in Indonesia's zones) take an
 * arithmetic fast path that allocates nothing but the answer.
 */
final class BoundarySearch {
    private static final long SECONDS_PER_DAY = 86_400L;

    private final RegimeCalendar calendar;
    private final ZoneId zone;
    private final ZoneRules rules;

    BoundarySearch(RegimeCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
        this.rules = zone.getRules();
    }

    Optional<Instant> next(Instant from, LocalDate date, Regime current) {
        var offset = rules.getOffset(from);
        var transition = rules.nextTransition(from);
        var day = date;
        for (int d = 0; d <= RegimeCalendar.HORIZON_DAYS; d++) {
            long dayEnd = (day.toEpochDay() + 1) * SECONDS_PER_DAY - offset.getTotalSeconds();
            Instant found;
            // A day at least a day clear of the next offset change runs evenly: take the fast path.
            if (transition == null || dayEnd + SECONDS_PER_DAY < transition.getInstant().getEpochSecond()) {
                found = nextOnSteadyDay(from, day, current, offset);
            } else {
                found = nextOnDay(from, day, current);
                if (transition.getInstant().getEpochSecond() < dayEnd) {
                    offset = transition.getOffsetAfter();
                    transition = rules.nextTransition(transition.getInstant());
                }
            }
            if (found != null) {
                return Optional.of(found);
            }
            day = day.plusDays(1);
        }
        return Optional.empty();
    }

    /**
     * Where local time runs evenly the span's start is where office hours begin and its end where they
     * stop: inside a span the next change is its end, outside it the next start.
     */
    private Instant nextOnSteadyDay(Instant from, LocalDate day, Regime current, ZoneOffset offset) {
        var span = calendar.hoursOn(day).span();
        if (span.isEmpty()) {
            return null;
        }
        var t = current == Regime.OFFICE_HOURS ? span.get().end() : span.get().start();
        long second = day.toEpochDay() * SECONDS_PER_DAY + t.toSecondOfDay() - offset.getTotalSeconds();
        int nano = t.getNano();
        boolean after = second > from.getEpochSecond() || (second == from.getEpochSecond() && nano > from.getNano());
        return after ? Instant.ofEpochSecond(second, nano) : null;
    }

    /**
     * With offset changes a local time may occur twice (overlap) or never (gap, where the jump itself
     * is the change), and after an overlap the regime may flip back; so every candidate is checked.
     */
    private Instant nextOnDay(Instant from, LocalDate day, Regime current) {
        var candidates = new ArrayList<Instant>(6);
        var span = calendar.hoursOn(day).span();
        if (span.isPresent()) {
            addLocal(candidates, day, span.get().start());
            addLocal(candidates, day, span.get().end());
        }
        addTransitions(candidates, day);
        candidates.sort(null);
        for (var c : candidates) {
            if (c.isAfter(from)) {
                var local = LocalDateTime.ofInstant(c, rules.getOffset(c));
                if (calendar.regimeAt(local.toLocalDate(), local.toLocalTime()) != current) {
                    return c;
                }
            }
        }
        return null;
    }

    private void addLocal(ArrayList<Instant> candidates, LocalDate day, LocalTime time) {
        var local = LocalDateTime.of(day, time);
        for (var offset : rules.getValidOffsets(local)) {
            candidates.add(local.toInstant(offset));
        }
    }

    private void addTransitions(ArrayList<Instant> candidates, LocalDate day) {
        var start = day.atStartOfDay(zone).toInstant();
        var end = day.plusDays(1).atStartOfDay(zone).toInstant();
        var t = rules.nextTransition(start.minusNanos(1));
        while (t != null && t.getInstant().isBefore(end)) {
            candidates.add(t.getInstant());
            t = rules.nextTransition(t.getInstant());
        }
    }
}
