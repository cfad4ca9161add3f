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
 * Reads a holiday list: a YAML sequence of {@code {date: 2026-08-17, name: "...", kind: NATIONAL}}.
 * Only plain YAML types are built (SafeConstructor); dates are read as text and parsed strictly. Every error names the source, the entry index and
 * the field, e.g. {@code calendar/holidays-id-2026.yaml[3].kind}, so the operator knows what to fix.
 */
public final class HolidayYaml {
    private static final Set<String> FIELDS = Set.of("date", "name", "kind");

    private HolidayYaml() {
    }

    /** Parses YAML text; {@code source} names it in error messages. */
    public static List<Holiday> read(String source, Reader yaml) {
        Object tree;
        try {
            tree = newYaml().load(yaml);
        } catch (YAMLException e) {
            throw new InvalidValueException(source, "is not valid YAML: " + e.getMessage());
        }
        return fromTree(source, tree);
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
            throw new InvalidValueException(path, "must be a map {date, name, kind}");
        }
        for (var key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new InvalidValueException(path + "." + key, "is not a holiday field (date, name, kind)");
            }
        }
        return new Holiday(date(path + ".date", map.get("date")), name(path + ".name", map.get("name")),
                kind(path + ".kind", map.get("kind")));
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
