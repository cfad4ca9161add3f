package id.pita.portal.report;

import id.pita.core.calendar.Regime;
import id.pita.core.district.Pool;
import id.pita.core.district.SiteKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Computes utilisation lines and monthly reports from hourly usage rows. Periods are local to the district's
 * zone. Pure and thread-safe.
 */
public final class UsageReports {
    private final Pool pool;
    private final ZoneId zone;
    private final Function<Instant, Regime> regimeAt;

    /** @param regimeAt the calendar's regime at an instant (the integrator passes {@code RegimeCalendar::at}) */
    public UsageReports(Pool pool, ZoneId zone, Function<Instant, Regime> regimeAt) {
        this.pool = pool;
        this.zone = zone;
        this.regimeAt = regimeAt;
    }

    /** One line per local hour of {@code date}. */
    public List<UtilisationLine> byHour(List<UsageRow> rows, LocalDate date) {
        var lines = new ArrayList<UtilisationLine>();
        var start = date.atStartOfDay(zone).toInstant();
        var end = date.plusDays(1).atStartOfDay(zone).toInstant();
        for (var t = start; t.isBefore(end); t = t.plus(1, ChronoUnit.HOURS)) {
            var label = String.format("%02d:00", t.atZone(zone).getHour());
            lines.add(line(label, rows, t, t.plus(1, ChronoUnit.HOURS)));
        }
        return lines;
    }

    /** One line per local day of {@code month}. */
    public List<UtilisationLine> byDay(List<UsageRow> rows, YearMonth month) {
        var lines = new ArrayList<UtilisationLine>();
        for (var d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            lines.add(line(d.toString(), rows, d.atStartOfDay(zone).toInstant(), d.plusDays(1).atStartOfDay(zone)
                    .toInstant()));
        }
        return lines;
    }

    /** Totals over {@code [from, to)}. */
    public UtilisationLine line(String label, List<UsageRow> rows, Instant from, Instant to) {
        long od = 0, ou = 0, hd = 0, hu = 0;
        for (var r : rows) {
            if (r.hour().isBefore(from) || !r.hour().isBefore(to)) {
                continue;
            }
            if (r.kind() == SiteKind.OFFICE) {
                od += r.downBytes();
                ou += r.upBytes();
            } else {
                hd += r.downBytes();
                hu += r.upBytes();
            }
        }
        return new UtilisationLine(label, from, Duration.between(from, to).toSeconds(), od, ou, hd, hu,
                pool.capacity().down(), pool.capacity().up());
    }

    /** What after-hours hours in {@code [from, to)} gave the public; see {@link Released}. */
    public Released released(List<UsageRow> rows, Instant from, Instant to) {
        double bytes = 0;
        double mbpsHours = 0;
        long hours = 0;
        for (var t = from; t.isBefore(to); t = t.plus(1, ChronoUnit.HOURS)) {
            if (regimeAt.apply(t) != Regime.AFTER_HOURS) {
                continue;
            }
            hours++;
            var h = line("", rows, t, t.plus(1, ChronoUnit.HOURS));
            bytes += h.hotspotDown() + h.hotspotUp();
            double officeMbps = h.officeDown() * 8.0 / 3600 / 1e6;
            mbpsHours += Math.max(0, pool.capacity().down() / 1e6 - officeMbps);
        }
        return new Released(bytes / 1e9, mbpsHours, hours);
    }

    public MonthlyReport monthly(String district, List<UsageRow> rows, YearMonth month) {
        return monthly(district, rows, month, Instant.MAX);
    }

    /**
     * A month's report; released capacity counts only hours before {@code until}, so a month in progress is
     * not padded with hours still to come.
     */
    public MonthlyReport monthly(String district, List<UsageRow> rows, YearMonth month, Instant until) {
        var from = month.atDay(1).atStartOfDay(zone).toInstant();
        var to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        var end = until.isBefore(to) ? (until.isBefore(from) ? from : until) : to;
        var total = line(month.toString(), rows, from, end);
        long monthSeconds = Duration.between(from, to).toSeconds();
        long elapsed = Duration.between(from, end).toSeconds();
        double gb = total.totalBytes() / 1e9;
        double cost = gb == 0 ? 0 : pool.monthlyCostIdr() * ((double) elapsed / monthSeconds) / gb;
        var released = released(rows, from, end);
        return new MonthlyReport(district, month, byDay(rows, month), total, released, pool.monthlyCostIdr(), cost,
                elapsed, monthSeconds);
    }
}
