package id.pita.portal.console;

import id.pita.core.calendar.WorkCalendar;
import id.pita.core.district.District;
import id.pita.core.format.LocalFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the dashboard's banner says: calendar gaps and alerts a person should act on. One place, so other checks
 * (the operations calendar's year warnings) join the same banner.
 */
final class ConsoleWarnings {
    /** Warn this many days before a year starts when its holidays are not yet in the calendar. */
    static final int HOLIDAY_LEAD_DAYS = 60;
    /** Pool use at or above this fraction of capacity is an alert. */
    static final double FULL = 0.95;

    private ConsoleWarnings() {
    }

    /** @param calendar the district's calendar joined with the national holiday lists, as the engine decides */
    static List<String> of(District d, WorkCalendar calendar, LiveSnapshot live, Instant now, LocalFormat fmt) {
        var out = new ArrayList<String>();
        var today = now.atZone(d.zone()).toLocalDate();
        for (int year : new int[] {today.getYear(), today.plusDays(HOLIDAY_LEAD_DAYS).getYear()}) {
            boolean listed = calendar.holidays().stream().anyMatch(h -> h.date().getYear() == year);
            if (!listed && out.stream().noneMatch(s -> s.contains(Integer.toString(year)))) {
                out.add(fmt.pick("Kalender belum memuat hari libur tahun " + year
                                + ": hari libur tahun itu akan dihitung sebagai hari kerja.",
                        "The calendar lists no holidays for " + year + ": they would count as working days."));
            }
        }
        var cap = d.pool().capacity();
        var use = live.officeUse().plus(live.hotspotUse());
        if (cap.down() > 0 && use.down() >= FULL * cap.down()) {
            out.add(fmt.pick("Pool hampir penuh: ", "The pool is nearly full: ") + fmt.rate(use.down())
                    + fmt.pick(" dari ", " of ") + fmt.rate(cap.down()) + ".");
        }
        return out;
    }
}
