package id.pita.core.calendar;

import id.pita.core.Check;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Answers "which regime is it, and until when" for a district. Pure and thread-safe: the caller
 * passes the instant (from its injected {@link java.time.Clock}); local dates are always taken in
 * the district's zone, never the JVM default.
 */
public final class RegimeCalendar {
    private final WorkCalendar calendar;
    private final ZoneId zone;

    public RegimeCalendar(WorkCalendar calendar, ZoneId zone) {
        this.calendar = Check.notNull("calendar", calendar);
        this.zone = Check.notNull("zone", zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    /** The regime at {@code instant} and the next boundary. */
    public RegimeState at(Instant instant) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The office hours that apply on a local date: exception, then holiday, then Ramadan, then the week. */
    public DayHours hoursOn(LocalDate date) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
