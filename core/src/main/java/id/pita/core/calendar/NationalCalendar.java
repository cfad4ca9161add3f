package id.pita.core.calendar;

import id.pita.core.Check;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The national holiday lists Pita holds, one per year (from the store, or the shipped files), and how they
 * join a district's own calendar. Immutable and thread-safe.
 *
 * <p>Joining ({@link #applyTo}): a district keeps its weekly hours, exceptions and own holidays; every
 * national holiday is added. A district holiday whose name appears in the national list of its year follows
 * that list (the decree moved it: the district's date is dropped), so a district file that once included a
 * provisional list does not keep its stale dates. A national Ramadan is added for a year in which the district
 * has no Ramadan period of its own.
 */
public final class NationalCalendar {
    /** How far ahead a missing or provisional list raises a warning. */
    public static final int LOOKAHEAD_DAYS = 60;

    private static final NationalCalendar EMPTY = new NationalCalendar(List.of());

    private final Map<Integer, HolidayYear> years;

    public NationalCalendar(Collection<HolidayYear> years) {
        Check.noNulls("years", years);
        var map = new TreeMap<Integer, HolidayYear>();
        for (var y : years) {
            map.put(y.year(), y);
        }
        this.years = java.util.Collections.unmodifiableMap(map);
    }

    public static NationalCalendar empty() {
        return EMPTY;
    }

    /** The years held, ascending. */
    public List<HolidayYear> years() {
        return List.copyOf(years.values());
    }

    public Optional<HolidayYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** This calendar with {@code year}'s list replaced (or added). */
    public NationalCalendar with(HolidayYear year) {
        var list = new ArrayList<>(years.values());
        list.removeIf(y -> y.year() == year.year());
        list.add(year);
        return new NationalCalendar(list);
    }

    /** The district's calendar joined with the national lists (see the class comment). */
    public WorkCalendar applyTo(WorkCalendar district) {
        if (years.isEmpty()) {
            return district;
        }
        var holidays = new ArrayList<Holiday>();
        for (var h : district.holidays()) {
            var national = years.get(h.date().getYear());
            if (national == null || national.holidays().stream().noneMatch(n -> n.name().equals(h.name()))) {
                holidays.add(h);
            }
        }
        var ramadan = new ArrayList<>(district.ramadan());
        var ownRamadanYears = new HashSet<Integer>();
        district.ramadan().forEach(r -> ownRamadanYears.add(r.first().getYear()));
        for (var y : years.values()) {
            holidays.addAll(y.holidays());
            if (!ownRamadanYears.contains(y.year())) {
                y.ramadan().forEach(r -> ramadan.add(r.period()));
            }
        }
        return new WorkCalendar(district.regular(), ramadan, holidays, district.exceptions());
    }

    /**
     * What is not settled between {@code today} and {@link #LOOKAHEAD_DAYS} days later: each year in that span
     * with no list, or with a list that is not confirmed.
     */
    public CalendarCoverage coverage(LocalDate today) {
        Check.notNull("today", today);
        var missing = new ArrayList<Integer>();
        var provisional = new ArrayList<Integer>();
        for (int y = today.getYear(); y <= today.plusDays(LOOKAHEAD_DAYS).getYear(); y++) {
            var list = years.get(y);
            if (list == null) {
                missing.add(y);
            } else if (!list.confirmed()) {
                provisional.add(y);
            }
        }
        return new CalendarCoverage(today, missing, provisional);
    }

    /** As {@link #coverage(LocalDate)}, where a year the district lists holidays of its own is not missing. */
    public CalendarCoverage coverage(LocalDate today, WorkCalendar district) {
        var c = coverage(today);
        var missing = c.missing().stream()
                .filter(y -> district.holidays().stream().noneMatch(h -> h.date().getYear() == y)).toList();
        return new CalendarCoverage(today, missing, c.provisional());
    }
}
