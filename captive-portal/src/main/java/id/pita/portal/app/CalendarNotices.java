package id.pita.portal.app;

import id.pita.core.calendar.CalendarCoverage;
import id.pita.portal.console.Notice;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether the live calendar is settled today: the current year and the next 60 days need a confirmed national
 * list ({@link id.pita.core.calendar.NationalCalendar#coverage}). Read on every use, so an import or the turn of
 * a day shows at once. Thread-safe.
 */
public final class CalendarNotices {
    /** The notice's code, in the banner and {@code /health}. */
    public static final String CODE = "calendar";

    private final DistrictHolder district;
    private final Clock clock;

    public CalendarNotices(DistrictHolder district, Clock clock) {
        this.district = district;
        this.clock = clock;
    }

    public CalendarCoverage coverage() {
        var d = district.current();
        return district.national().coverage(LocalDate.now(clock.withZone(d.zone())), d.calendar());
    }

    /** The warning, when the calendar is not settled. */
    public Optional<Notice> notice() {
        var c = coverage();
        return c.ok() ? Optional.empty() : Optional.of(new Notice(CODE, c.messageId(), c.messageEn()));
    }

    /** Prometheus gauges: whether the calendar is settled, and per unsettled year why. */
    public void writePrometheus(StringBuilder sb) {
        var c = coverage();
        sb.append("# HELP pita_calendar_unsettled 1 when the current year or a day in the next 60 days has no "
                + "confirmed holiday list.\n# TYPE pita_calendar_unsettled gauge\npita_calendar_unsettled ")
                .append(c.ok() ? 0 : 1).append('\n');
        sb.append("# HELP pita_calendar_year_unsettled Years in that span with no list (missing) or an estimated "
                + "one (provisional).\n# TYPE pita_calendar_year_unsettled gauge\n");
        c.missing().forEach(y -> sb.append("pita_calendar_year_unsettled{year=\"").append(y)
                .append("\",reason=\"missing\"} 1\n"));
        c.provisional().forEach(y -> sb.append("pita_calendar_year_unsettled{year=\"").append(y)
                .append("\",reason=\"provisional\"} 1\n"));
    }
}
