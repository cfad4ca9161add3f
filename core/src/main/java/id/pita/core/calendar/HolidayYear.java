package id.pita.core.calendar;

import id.pita.core.Check;
import id.pita.core.InvalidValueException;
import java.util.List;

/**
 * One year's national holiday list (libur nasional and cuti bersama) and Ramadan, as the government decreed
 * it or as estimated ahead of the decree.
 *
 * @param confirmed whether the list follows the year's SKB (joint decree) and needs no more change; a
 *                  list with any provisional entry cannot be confirmed
 * @param source    where the list comes from (the decree's number, or the estimation methods)
 */
public record HolidayYear(int year, boolean confirmed, String source, List<Holiday> holidays,
                          List<RamadanDates> ramadan) {
    public HolidayYear {
        Check.inRange("year", year, 1900, 2200);
        Check.notBlank("source", source);
        Check.noNulls("holidays", holidays);
        Check.noNulls("ramadan", ramadan);
        holidays = List.copyOf(holidays);
        ramadan = List.copyOf(ramadan);
        for (int i = 0; i < holidays.size(); i++) {
            var h = holidays.get(i);
            if (h.date().getYear() != year) {
                throw new InvalidValueException("holidays[" + i + "].date", "must be in " + year + " (was "
                        + h.date() + ")");
            }
            if (confirmed && h.provisional()) {
                throw new InvalidValueException("holidays[" + i + "].provisional",
                        "a confirmed year cannot hold a provisional date");
            }
        }
        for (int i = 0; i < ramadan.size(); i++) {
            var r = ramadan.get(i);
            if (r.first().getYear() != year) {
                throw new InvalidValueException("ramadan[" + i + "].first", "must be in " + year + " (was "
                        + r.first() + ")");
            }
            if (confirmed && r.provisional()) {
                throw new InvalidValueException("ramadan[" + i + "].provisional",
                        "a confirmed year cannot hold a provisional Ramadan");
            }
        }
    }

    /** How many dates are still estimates. */
    public long provisionalCount() {
        return holidays.stream().filter(Holiday::provisional).count()
                + ramadan.stream().filter(RamadanDates::provisional).count();
    }
}
