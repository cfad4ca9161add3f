package id.pita.portal.console;

import id.pita.core.district.District;
import id.pita.core.format.LocalFormat;
import id.pita.portal.report.UsageReports;
import id.pita.portal.report.UtilisationLine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The traffic charts the console, the status page and the reports show: a day of hours, a week of hours. */
final class Charts {
    private Charts() {
    }

    /** The hours {@code [from, from + hours)}, each labelled by its local time ({@code 14.00}). */
    static List<UtilisationLine> hours(ConsoleService service, District d, Instant from, int hours, LocalFormat fmt,
                                       boolean dayLabels) {
        var to = from.plus(Duration.ofHours(hours));
        var rows = service.ports().usage().hours(from, to);
        var reports = new UsageReports(d.pool(), d.zone(), t -> service.ports().regimeAt().apply(t));
        var lines = new ArrayList<UtilisationLine>();
        for (var t = from; t.isBefore(to); t = t.plus(Duration.ofHours(1))) {
            var local = t.atZone(d.zone());
            var label = dayLabels ? fmt.dayName(local.getDayOfWeek()).substring(0, 3) + " " + local.getDayOfMonth()
                    : fmt.clock(local.toLocalTime());
            lines.add(reports.line(label, rows, t, t.plus(Duration.ofHours(1))));
        }
        return lines;
    }

    static TrafficChart.Labels labels(String lang, String titleKey) {
        return new TrafficChart.Labels(Text.t(lang, "office"), Text.t(lang, "public"), Text.t(lang, "capacity"),
                Text.t(lang, "aboveScale"), Text.t(lang, titleKey));
    }

    /** The last 24 hours up to the current hour. */
    static String last24(ConsoleService service, District d, LocalFormat fmt) {
        var from = service.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                .minus(Duration.ofHours(23));
        return TrafficChart.svg(hours(service, d, from, 24, fmt, false), 3, labels(fmt.lang(), "chart"), fmt);
    }

    /** One local day's 24 hours, from midnight. */
    static String day(ConsoleService service, District d, LocalDate date, LocalFormat fmt) {
        var from = date.atStartOfDay(d.zone()).toInstant();
        int hours = (int) Duration.between(from, date.plusDays(1).atStartOfDay(d.zone()).toInstant()).toHours();
        return TrafficChart.svg(hours(service, d, from, hours, fmt, false), 3, labels(fmt.lang(), "chartDay"), fmt);
    }

    /** The last seven local days, from midnight six days ago, hour by hour. */
    static String week(ConsoleService service, District d, LocalFormat fmt) {
        var today = service.clock().instant().atZone(d.zone()).toLocalDate();
        var from = today.minusDays(6).atStartOfDay(d.zone()).toInstant();
        return TrafficChart.svg(hours(service, d, from, 7 * 24, fmt, true), 24, labels(fmt.lang(), "chartWeek"), fmt);
    }
}
