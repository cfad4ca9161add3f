package id.pita.core.calendar;

import id.pita.core.Check;
import java.time.LocalDate;

/** Ramadan's shorter hours (from 08:00, 32.5 h a week) over an inclusive date range, set each year. */
public record RamadanPeriod(LocalDate first, LocalDate last, WeeklyHours hours) {
    public RamadanPeriod {
        Check.notNull("first", first);
        Check.notNull("last", last);
        Check.that(!last.isBefore(first), "last", "must not be before first");
        Check.notNull("hours", hours);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
