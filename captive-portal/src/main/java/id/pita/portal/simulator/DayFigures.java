package id.pita.portal.simulator;

import id.pita.core.Check;
import id.pita.core.calendar.Regime;
import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.district.SiteKind;
import id.pita.core.store.UsageHour;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The figures a simulated day is judged by. Pure; thread-safe.
 *
 * <p>Utilisation is downloaded bytes over what the pool's download capacity could have carried in the
 * window. "Without the release" counts only office use in office hours, as if the paid capacity idled once
 * the offices went home; "with" counts everything the store recorded.
 */
public final class DayFigures {
    private DayFigures() {
    }

    /** Utilisation of the paid capacity with Pita's after-hours release and without it (fractions 0..1). */
    public record Utilisation(double withRelease, double withoutRelease, long officeHoursOfficeBytes,
                              long allBytes) {
    }

    /**
     * Jain's fairness index (sum x)^2 / (n * sum x^2): 1 when all are equal, 1/n when one takes all
     * [Jain, Chiu, Hawe 1984]. 1 for an empty or all-zero list (nobody is treated worse than another).
     */
    public static double jain(List<Double> values) {
        double sum = 0;
        double squares = 0;
        for (var x : values) {
            Check.that(x >= 0, "values", "must not be negative (was " + x + ")");
            sum += x;
            squares += x * x;
        }
        return squares == 0 ? 1.0 : sum * sum / (values.size() * squares);
    }

    /**
     * @param hours        the store's hourly usage inside {@code [from, to)}
     * @param poolDownBps  the pool's download capacity in bit/s
     * @param calendar     says which hours were office hours (judged at each hour's middle)
     */
    public static Utilisation utilisation(List<UsageHour> hours, long poolDownBps, RegimeCalendar calendar,
                                          Instant from, Instant to) {
        Check.positive("poolDownBps", poolDownBps);
        Check.that(to.isAfter(from), "to", "must be after from");
        double capacityBytes = poolDownBps / 8.0 * Duration.between(from, to).toSeconds();
        long all = 0;
        long officeInHours = 0;
        for (var h : hours) {
            all += h.downloadBytes();
            boolean officeHours = calendar.at(h.hourStart().plus(Duration.ofMinutes(30))).regime()
                    == Regime.OFFICE_HOURS;
            if (h.kind() == SiteKind.OFFICE && officeHours) {
                officeInHours += h.downloadBytes();
            }
        }
        return new Utilisation(all / capacityBytes, officeInHours / capacityBytes, officeInHours, all);
    }
}
