package id.pita.core.calendar;

import id.pita.core.Check;
import java.util.List;

/**
 * A district's calendar as data. Precedence for a date: exception, then holiday, then Ramadan
 * hours, then the regular week.
 */
public record WorkCalendar(WeeklyHours regular, List<RamadanPeriod> ramadan, List<Holiday> holidays,
                           List<DayException> exceptions) {
    public WorkCalendar {
        Check.notNull("regular", regular);
        Check.noNulls("ramadan", ramadan);
        Check.noNulls("holidays", holidays);
        Check.noNulls("exceptions", exceptions);
        ramadan = List.copyOf(ramadan);
        holidays = List.copyOf(holidays);
        exceptions = List.copyOf(exceptions);
    }
}
