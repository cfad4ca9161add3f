package id.pita.core.calendar;

import id.pita.core.Check;
import java.time.LocalDate;

/**
 * The national Ramadan of a year as dates only (the hours are {@link IndonesianCalendars#ramadan()}):
 * 1 Ramadan to the day before Idul Fitri, inclusive.
 *
 * @param provisional the dates are an estimate awaiting the sidang isbat
 */
public record RamadanDates(LocalDate first, LocalDate last, boolean provisional) {
    public RamadanDates {
        Check.notNull("first", first);
        Check.notNull("last", last);
        Check.that(!last.isBefore(first), "last", "must not be before first");
        Check.that(first.plusDays(31).isAfter(last), "last", "must be at most 30 days after first");
    }

    /** As a period with the national Ramadan hours. */
    public RamadanPeriod period() {
        return new RamadanPeriod(first, last, IndonesianCalendars.ramadan());
    }
}
