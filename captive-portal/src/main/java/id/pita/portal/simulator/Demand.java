package id.pita.portal.simulator;

import id.pita.core.calendar.Regime;
import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Site;
import java.time.Instant;
import java.time.LocalTime;

/** What a session would use at an instant if nothing held it back (bit/s, client's side). Pure. */
@FunctionalInterface
interface Demand {
    /** Offices work hard from 08:00 to 15:00 local on a working day. */
    LocalTime BUSY_FROM = LocalTime.of(8, 0);
    LocalTime BUSY_UNTIL = LocalTime.of(15, 0);

    Bandwidth at(Instant now);

    /**
     * An office link: {@code intensity} of its ceiling while busy (08:00–15:00 on a day the calendar says
     * has office hours); after that a trickle, except an always-on site, which keeps using its guarantee.
     */
    static Demand office(Site site, double intensity, RegimeCalendar calendar) {
        var busy = scale(site.ceiling(), intensity);
        var trickle = scale(site.ceiling(), 0.02);
        var quiet = site.alwaysOn() ? site.guarantee().plus(trickle) : trickle;
        return now -> {
            var local = now.atZone(calendar.zone()).toLocalTime();
            boolean working = calendar.at(now).regime() == Regime.OFFICE_HOURS
                    && !local.isBefore(BUSY_FROM) && local.isBefore(BUSY_UNTIL);
            return working ? busy : quiet;
        };
    }

    /** A citizen's phone: the same wish all the time it is online. */
    static Demand constant(Bandwidth wish) {
        return now -> wish;
    }

    static Bandwidth scale(Bandwidth b, double factor) {
        return new Bandwidth(Math.round(b.down() * factor), Math.round(b.up() * factor));
    }
}
