package id.pita.core.calendar;

import id.pita.core.Check;
import java.time.LocalDate;

/**
 * A day with no office hours, after hours all day. Islamic dates are set each year by decree.
 *
 * @param provisional the date is an estimate (by a stated method) awaiting the government's decree
 */
public record Holiday(LocalDate date, String name, HolidayKind kind, boolean provisional) {
    public Holiday {
        Check.notNull("date", date);
        Check.notBlank("name", name);
        Check.notNull("kind", kind);
    }

    /** A decreed (not provisional) holiday. */
    public Holiday(LocalDate date, String name, HolidayKind kind) {
        this(date, name, kind, false);
    }
}
