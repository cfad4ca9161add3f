package id.pita.core.calendar;

import id.pita.core.Check;
import id.pita.core.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers "which regime is it, and until when" for a district. Pure and thread-safe: the caller
 * passes the instant (from its injected {@link java.time.Clock}); local dates are always taken in
 * the district's zone, never the JVM default. The calendar is indexed once at construction so that
 * {@link #at} costs a few hash look-ups per day scanned.
 */
public final class RegimeCalendar {
    /** How far ahead {@link #at} looks for the next change before it gives up. */
    public static final int HORIZON_DAYS = 400;

    /** Appended to the note of a holiday whose date is an estimate. */
    public static final String PROVISIONAL = " (perkiraan)";

    private static final String[] DAY_NAMES = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};

    private final WorkCalendar calendar;
    private final ZoneId zone;
    private final Map<LocalDate, DayException> exceptions;
    private final Map<LocalDate, String> holidayNames;
    private final List<RamadanPeriod> ramadan;
    private final BoundarySearch search;

    public RegimeCalendar(WorkCalendar calendar, ZoneId zone) {
        this.calendar = Check.notNull("calendar", calendar);
        this.zone = Check.notNull("zone", zone);
        this.exceptions = indexExceptions(calendar.exceptions());
        this.holidayNames = indexHolidays(calendar.holidays());
        this.ramadan = calendar.ramadan();
        this.search = new BoundarySearch(this, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    /** The regime at {@code instant} and the next boundary. */
    public RegimeState at(Instant instant) {
        Check.notNull("instant", instant);
        var local = LocalDateTime.ofInstant(instant, zone);
        var date = local.toLocalDate();
        var hours = hoursOn(date);
        var regime = regimeOf(hours, local.toLocalTime());
        return new RegimeState(regime, search.next(instant, date, regime), note(date, hours, regime));
    }

    /** The office hours that apply on a local date: exception, then holiday, then Ramadan, then the week. */
    public DayHours hoursOn(LocalDate date) {
        var exception = exceptions.get(date);
        if (exception != null) {
            return exception.hours();
        }
        if (holidayNames.containsKey(date)) {
            return DayHours.OFF;
        }
        var period = ramadanOn(date);
        var week = period == null ? calendar.regular() : period.hours();
        return week.on(date.getDayOfWeek());
    }

    /** The regime at a local date-time; what {@link #at} reports for an instant with that local time. */
    Regime regimeAt(LocalDate date, LocalTime time) {
        return regimeOf(hoursOn(date), time);
    }

    private static Regime regimeOf(DayHours hours, LocalTime time) {
        var span = hours.span();
        return span.isPresent() && span.get().contains(time) ? Regime.OFFICE_HOURS : Regime.AFTER_HOURS;
    }

    private RamadanPeriod ramadanOn(LocalDate date) {
        for (int i = 0; i < ramadan.size(); i++) {
            if (ramadan.get(i).covers(date)) {
                return ramadan.get(i);
            }
        }
        return null;
    }

    private String note(LocalDate date, DayHours hours, Regime regime) {
        var exception = exceptions.get(date);
        if (exception != null) {
            return exception.reason();
        }
        var holiday = holidayNames.get(date);
        if (holiday != null) {
            return holiday;
        }
        if (!hours.isWorkingDay()) {
            return dayName(date.getDayOfWeek());
        }
        if (regime == Regime.AFTER_HOURS) {
            return "Di luar jam kerja";
        }
        return ramadanOn(date) != null ? "Jam kerja Ramadan" : "Jam kerja";
    }

    /** The Indonesian name of a weekday: "Senin" … "Minggu". */
    public static String dayName(DayOfWeek day) {
        return DAY_NAMES[day.getValue() - 1];
    }

    private static Map<LocalDate, DayException> indexExceptions(List<DayException> list) {
        var index = new HashMap<LocalDate, DayException>();
        var position = new HashMap<LocalDate, Integer>();
        for (int i = 0; i < list.size(); i++) {
            var e = list.get(i);
            var earlier = position.putIfAbsent(e.date(), i);
            if (earlier != null) {
                // Two rules for one date would make the regime depend on list order: refuse it.
                throw new InvalidValueException("exceptions[" + i + "].date",
                        e.date() + " already has an exception (exceptions[" + earlier + "])");
            }
            index.put(e.date(), e);
        }
        return Map.copyOf(index);
    }

    /**
     * Holidays that fall on the same date (it happens with lunar dates) share one note; an estimated date says
     * so ("(perkiraan)").
     */
    private static Map<LocalDate, String> indexHolidays(List<Holiday> list) {
        var index = new HashMap<LocalDate, String>();
        for (var h : list) {
            var name = h.provisional() ? h.name() + PROVISIONAL : h.name();
            index.merge(h.date(), name, (a, b) -> a.equals(b) ? a : a + "; " + b);
        }
        return Map.copyOf(index);
    }
}
