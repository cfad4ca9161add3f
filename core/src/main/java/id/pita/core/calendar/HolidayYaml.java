package id.pita.core.calendar;

import id.pita.core.InvalidValueException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a holiday list. A year file is a map {@code {year: 2027, confirmed: false, source: "...",
 * ramadan: [{first: 2027-02-08, last: 2027-03-08, provisional: true}], holidays: [...]}}; each holiday is
 * {@code {date: 2026-08-17, name: "...", kind: NATIONAL}} with an optional {@code provisional: true}. The
 * older form, a bare sequence of holidays, is still read by {@link #read}.
 * Only plain YAML types are built (SafeConstructor); dates are read as text and parsed strictly. Every error names the source, the entry index and
 * the field, e.g. {@code calendar/holidays-id-2026.yaml[3].kind}, so the operator knows what to fix.
 */
public final class HolidayYaml {
    private static final Set<String> FIELDS = Set.of("date", "name", "kind", "provisional");
    private static final Set<String> YEAR_FIELDS = Set.of("year", "confirmed", "source", "ramadan", "holidays");
    private static final Set<String> RAMADAN_FIELDS = Set.of("first", "last", "provisional");

    private HolidayYaml() {
    }

    /** Parses YAML text, a year file or a bare list, into its holidays; {@code source} names it in errors. */
    public static List<Holiday> read(String source, Reader yaml) {
        var tree = parse(source, yaml);
        if (tree instanceof Map<?, ?> map) {
            if (!map.containsKey("holidays") || !map.containsKey("year")) {
                throw new InvalidValueException(source, "must be a list of {date, name, kind} entries or a year file "
                        + "{year, confirmed, source, ramadan, holidays}");
            }
            return fromTree(source + ".holidays", map.get("holidays"));
        }
        return fromTree(source, tree);
    }

    /** Parses a year file: the map form with {@code year}, {@code confirmed}, {@code source}, {@code holidays}. */
    public static HolidayYear readYear(String source, Reader yaml) {
        var tree = parse(source, yaml);
        if (!(tree instanceof Map<?, ?> map)) {
            throw new InvalidValueException(source, "must be a map {year, confirmed, source, ramadan, holidays}");
        }
        for (var key : map.keySet()) {
            if (!YEAR_FIELDS.contains(String.valueOf(key))) {
                throw new InvalidValueException(source + "." + key, "is not a year field (year, confirmed, source, "
                        + "ramadan, holidays)");
            }
        }
        if (!(map.get("year") instanceof Integer year)) {
            throw new InvalidValueException(source + ".year", "is required and must be a year like 2027");
        }
        var confirmed = bool(source + ".confirmed", map.get("confirmed"), null);
        if (!(map.get("source") instanceof String origin) || origin.isBlank()) {
            throw new InvalidValueException(source + ".source", "is required: the decree, or how dates were estimated");
        }
        var holidays = fromTree(source + ".holidays", map.get("holidays"));
        var ramadan = new ArrayList<RamadanDates>();
        if (map.get("ramadan") instanceof List<?> periods) {
            for (int i = 0; i < periods.size(); i++) {
                ramadan.add(ramadan(source + ".ramadan[" + i + "]", periods.get(i)));
            }
        } else if (map.get("ramadan") != null) {
            throw new InvalidValueException(source + ".ramadan", "must be a list of {first, last, provisional}");
        }
        try {
            return new HolidayYear(year, confirmed, origin.strip(), holidays, ramadan);
        } catch (InvalidValueException e) {
            throw e.within(source);
        }
    }

    private static Object parse(String source, Reader yaml) {
        try {
            return newYaml().load(yaml);
        } catch (YAMLException e) {
            throw new InvalidValueException(source, "is not valid YAML: " + e.getMessage());
        }
    }

    private static RamadanDates ramadan(String path, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidValueException(path, "must be a map {first, last, provisional}");
        }
        for (var key : map.keySet()) {
            if (!RAMADAN_FIELDS.contains(String.valueOf(key))) {
                throw new InvalidValueException(path + "." + key, "is not a Ramadan field (first, last, provisional)");
            }
        }
        var first = date(path + ".first", map.get("first"));
        var last = date(path + ".last", map.get("last"));
        var provisional = bool(path + ".provisional", map.get("provisional"), false);
        try {
            return new RamadanDates(first, last, provisional);
        } catch (InvalidValueException e) {
            throw e.within(path);
        }
    }

    private static boolean bool(String path, Object value, Boolean absent) {
        if (value == null && absent != null) {
            return absent;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new InvalidValueException(path, value == null ? "is required (true or false)"
                : "must be true or false (was '" + value + "')");
    }

    /** Converts an already parsed YAML value (a list of maps), e.g. a section of a district file. */
    public static List<Holiday> fromTree(String source, Object tree) {
        if (tree == null) {
            return List.of();
        }
        if (!(tree instanceof List<?> entries)) {
            throw new InvalidValueException(source, "must be a list of {date, name, kind} entries");
        }
        var holidays = new ArrayList<Holiday>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            holidays.add(entry(source + "[" + i + "]", entries.get(i)));
        }
        return List.copyOf(holidays);
    }

    /**
     * SnakeYAML's own timestamp type is lenient (2026-02-30 becomes 2 March) and zone-bound, so dates
     * stay strings here and {@link LocalDate#parse} checks them strictly.
     */
    private static Yaml newYaml() {
        var loading = new LoaderOptions();
        var dumping = new DumperOptions();
        var resolver = new Resolver() {
            @Override
            public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
                if (!Tag.TIMESTAMP.equals(tag)) {
                    super.addImplicitResolver(tag, regexp, first, limit);
                }
            }
        };
        return new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading, resolver);
    }

    private static Holiday entry(String path, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidValueException(path, "must be a map {date, name, kind, provisional}");
        }
        for (var key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new InvalidValueException(path + "." + key, "is not a holiday field (date, name, kind, provisional)");
            }
        }
        return new Holiday(date(path + ".date", map.get("date")), name(path + ".name", map.get("name")),
                kind(path + ".kind", map.get("kind")), bool(path + ".provisional", map.get("provisional"), false));
    }

    private static LocalDate date(String path, Object value) {
        if (value instanceof String s) {
            try {
                return LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidValueException(path, "must be a date YYYY-MM-DD (was '" + s + "')");
            }
        }
        throw new InvalidValueException(path, value == null ? "is required" : "must be a date YYYY-MM-DD (was '"
                + value + "')");
    }

    private static String name(String path, Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            throw new InvalidValueException(path, "is required and must be text");
        }
        return s.strip();
    }

    private static HolidayKind kind(String path, Object value) {
        if (value == null) {
            throw new InvalidValueException(path, "is required (NATIONAL or CUTI_BERSAMA)");
        }
        try {
            return HolidayKind.valueOf(String.valueOf(value).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(path, "must be NATIONAL or CUTI_BERSAMA (was '" + value + "')");
        }
    }
}
