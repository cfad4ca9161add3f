package id.pita.portal.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * An independent answer to "office hours or not" for the simulated year: read straight from the district file's
 * {@code calendar:} section (weeks spelled out day by day, Ramadan periods with their own week, extra holidays,
 * exceptions) and the national holiday YAML files, with none of Pita's calendar or config classes. The rules are
 * the ones the README and the district file format state: an exception's hours, else a holiday (day off), else
 * the Ramadan week while a period covers the date, else the regular week; office hours are the day's span,
 * start inclusive, end exclusive (breaks do not switch the regime); a year without a national list has no
 * national holidays; the warning is due when a year from today to 60 days ahead has a national list that is not
 * confirmed, or no national list and no holidays of the district's own.
 */
final class CalendarOracle {
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final int LOOKAHEAD_DAYS = 60;

    /** A day's office span, or none (a day off). */
    record Span(LocalTime start, LocalTime end) {
        boolean contains(LocalTime t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }

    private record Period(LocalDate first, LocalDate last, Map<DayOfWeek, Span> week) {
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, Span> week;
    private final List<Period> ramadan = new ArrayList<>();
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Map<LocalDate, Optional<Span>> exceptions = new HashMap<>();
    private final Map<Integer, Boolean> nationalConfirmed = new HashMap<>();
    private final Set<Integer> ownHolidayYears = new HashSet<>();

    /**
     * @param districtYaml the district file
     * @param national     the national lists Pita holds, as YAML text per year (the ones whose file says
     *                     {@code confirmed: true} settle their year)
     */
    CalendarOracle(String districtYaml, List<String> national) {
        Map<String, Object> district = load(new StringReader(districtYaml));
        zone = ZoneId.of((String) district.get("zone"));
        var calendar = map(district.get("calendar"));
        week = week(map(calendar.get("week")));
        for (var r : list(calendar.get("ramadan"))) {
            var p = map(r);
            ramadan.add(new Period(LocalDate.parse(str(p.get("first"))), LocalDate.parse(str(p.get("last"))),
                    week(map(p.get("week")))));
        }
        var h = map(calendar.get("holidays"));
        for (var e : list(h.get("extra"))) {
            var date = LocalDate.parse(str(map(e).get("date")));
            holidays.add(date);
            ownHolidayYears.add(date.getYear());
        }
        for (var name : list(h.get("include"))) {
            // An included list is named id-YYYY (calendar/holidays-id-YYYY.yaml); its year counts as listed.
            ownHolidayYears.add(Integer.parseInt(str(name).substring(str(name).lastIndexOf('-') + 1)));
        }
        for (var e : list(calendar.get("exceptions"))) {
            var x = map(e);
            exceptions.put(LocalDate.parse(str(x.get("date"))), day(x.get("hours")));
        }
        for (var text : national) {
            Map<String, Object> year = load(new StringReader(text));
            int y = ((Number) year.get("year")).intValue();
            nationalConfirmed.put(y, Boolean.TRUE.equals(year.get("confirmed")));
            for (var e : list(year.get("holidays"))) {
                holidays.add(LocalDate.parse(str(map(e).get("date"))));
            }
            boolean ownRamadan = ramadan.stream().anyMatch(p -> p.first().getYear() == y);
            if (!ownRamadan && !list(year.get("ramadan")).isEmpty()) {
                throw new IllegalArgumentException("the oracle knows Ramadan hours only from the district file; "
                        + "give the district its own Ramadan period for " + y);
            }
        }
    }

    static String resource(String name) {
        try (InputStream in = CalendarOracle.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    ZoneId zone() {
        return zone;
    }

    /** The office span on a local date, or empty for a day without office hours. */
    Optional<Span> hoursOn(LocalDate date) {
        if (exceptions.containsKey(date)) {
            return exceptions.get(date);
        }
        if (holidays.contains(date)) {
            return Optional.empty();
        }
        for (var p : ramadan) {
            if (!date.isBefore(p.first()) && !date.isAfter(p.last())) {
                return Optional.ofNullable(p.week().get(date.getDayOfWeek()));
            }
        }
        return Optional.ofNullable(week.get(date.getDayOfWeek()));
    }

    /** True in office hours at {@code instant}. */
    boolean officeHours(Instant instant) {
        var local = LocalDateTime.ofInstant(instant, zone);
        return hoursOn(local.toLocalDate()).map(s -> s.contains(local.toLocalTime())).orElse(false);
    }

    /** Every instant in {@code [from, to)} at which the regime changes, ascending. */
    List<Instant> boundaries(Instant from, Instant to) {
        var out = new ArrayList<Instant>();
        var date = LocalDate.ofInstant(from, zone).minusDays(1);
        var last = LocalDate.ofInstant(to, zone).plusDays(1);
        for (; !date.isAfter(last); date = date.plusDays(1)) {
            var span = hoursOn(date);
            if (span.isEmpty()) {
                continue;
            }
            for (var t : List.of(span.get().start(), span.get().end())) {
                var at = date.atTime(t).atZone(zone).toInstant();
                if (!at.isBefore(from) && at.isBefore(to)) {
                    out.add(at);
                }
            }
        }
        return out;
    }

    /** True when the "calendar not settled" warning is due on {@code today}. */
    boolean calendarWarning(LocalDate today) {
        for (int y = today.getYear(); y <= today.plusDays(LOOKAHEAD_DAYS).getYear(); y++) {
            var confirmed = nationalConfirmed.get(y);
            boolean missing = confirmed == null && !ownHolidayYears.contains(y);
            if (missing || Boolean.FALSE.equals(confirmed)) {
                return true;
            }
        }
        return false;
    }

    private static Map<DayOfWeek, Span> week(Map<String, Object> days) {
        var out = new HashMap<DayOfWeek, Span>();
        for (int i = 0; i < DAYS.size(); i++) {
            var day = day(days.get(DAYS.get(i)));
            if (day.isPresent()) {
                out.put(DayOfWeek.of(i + 1), day.get());
            }
        }
        return out;
    }

    private static Optional<Span> day(Object node) {
        if (node == null || "off".equals(node) || Boolean.FALSE.equals(node)) { // YAML 1.1 reads off as false
            return Optional.empty();
        }
        var parts = str(map(node).get("span")).split("-");
        return Optional.of(new Span(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip())));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static String str(Object o) {
        return String.valueOf(o);
    }

    /** SnakeYAML without its timestamp resolver, so that dates stay text. */
    private static Map<String, Object> load(Reader reader) {
        var resolver = new Resolver() {
            @Override
            public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
                if (!Tag.TIMESTAMP.equals(tag)) {
                    super.addImplicitResolver(tag, regexp, first, limit);
                }
            }
        };
        var options = new DumperOptions();
        return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options, resolver)
                .load(reader);
    }
}
