package id.pita.core.calendar;

import id.pita.core.Check;
import java.time.LocalDate;

/** A day with no office hours, after hours all day. Islamic dates are set each year by decree. */
public record Holiday(LocalDate date, String name, HolidayKind kind) {
    public Holiday {
        Check.notNull("date", date);
        Check.notBlank("name", name);
        Check.notNull("kind", kind);
    }
}
