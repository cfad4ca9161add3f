package id.pita.portal.app;

import id.pita.core.InvalidValueException;
import id.pita.core.config.Units;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One mapping of the YAML config file, read key by key. Every key read is remembered, so that
 * {@link #requireAllRead()} can name a misspelt or unknown key instead of silently ignoring it.
 */
final class ConfigSection {
    private final String path;
    private final Map<String, Object> values;
    private final Set<String> read = new HashSet<>();
    private final List<ConfigSection> children = new ArrayList<>();

    ConfigSection(String path, Map<?, ?> values) {
        this.path = path;
        this.values = new LinkedHashMap<>();
        values.forEach((k, v) -> this.values.put(String.valueOf(k), v));
    }

    /** The full name of {@code key} in this section, as errors name it ({@code web.admin.port}). */
    String field(String key) {
        if (key.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Whether the file sets {@code key} here (reading it counts as known). */
    boolean has(String key) {
        read.add(key);
        return values.get(key) != null;
    }

    private Object raw(String key) {
        read.add(key);
        return values.get(key);
    }

    ConfigSection section(String key) {
        var v = raw(key);
        if (v != null && !(v instanceof Map)) {
            throw new InvalidValueException(field(key), "must be a mapping of keys to values");
        }
        var child = new ConfigSection(field(key), v == null ? Map.of() : (Map<?, ?>) v);
        children.add(child);
        return child;
    }

    String text(String key, String fallback) {
        var v = raw(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Map || v instanceof Iterable) {
            throw new InvalidValueException(field(key), "must be a single value");
        }
        return String.valueOf(v).trim();
    }

    int integer(String key, int fallback, int min, int max, String unit) {
        var v = raw(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Integer n)) {
            throw new InvalidValueException(field(key), "must be a whole number" + unit + " (was '" + v + "')");
        }
        return bounded(key, n, min, max, unit);
    }

    int bounded(String key, int n, int min, int max, String unit) {
        if (n < min || n > max) {
            throw new InvalidValueException(field(key), "must be between " + min + unit + " and " + max + unit
                    + " (was " + n + unit + ")");
        }
        return n;
    }

    double decimal(String key, double fallback, double min, double max, String unit) {
        var v = raw(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n)) {
            throw new InvalidValueException(field(key), "must be a number" + unit + " (was '" + v + "')");
        }
        double d = n.doubleValue();
        if (!(d >= min && d <= max)) {
            throw new InvalidValueException(field(key), "must be between " + min + unit + " and " + max + unit
                    + " (was " + d + unit + ")");
        }
        return d;
    }

    boolean bool(String key, boolean fallback) {
        var v = raw(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            throw new InvalidValueException(field(key), "must be true or false (was '" + v + "')");
        }
        return b;
    }

    /** A duration in core's one grammar ({@link Units#duration}: {@code 500ms}, {@code 30s}, {@code 1h30m}, {@code 2d}),
     * between min and max. */
    Duration duration(String key, Duration fallback, Duration min, Duration max) {
        var v = raw(key);
        if (v == null) {
            return fallback;
        }
        Duration d;
        try {
            d = Units.duration(String.valueOf(v));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field(key), "must be a duration like 500ms, 30s, 5m, 1h30m or 30d (was '"
                    + v + "')");
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new InvalidValueException(field(key), "must be between " + written(min) + " and "
                    + written(max) + " (was " + written(d) + ")");
        }
        return d;
    }

    /** A duration as the file would write it, in its largest exact unit: {@code 30d}, {@code 5m}, {@code 500ms}. */
    static String written(Duration d) {
        return Units.format(d);
    }

    /** An instant written as an ISO-8601 date-time with offset, e.g. {@code 2026-11-23T15:50:00+08:00}. */
    Instant instant(String key) {
        var v = raw(key);
        if (v == null) {
            return null;
        }
        if (v instanceof java.util.Date date) {
            return date.toInstant();
        }
        try {
            return OffsetDateTime.parse(String.valueOf(v).trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field(key), "must be a date-time with offset like "
                    + "2026-11-23T15:50:00+08:00 (was '" + v + "')");
        }
    }

    /** Fails on the first key that nothing read: a typo must not silently fall back to a default. */
    void requireAllRead() {
        var unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            var first = unknown.first();
            throw new InvalidValueException(field(first), "is not a known setting" + (read.isEmpty() ? ""
                    : " (known here: " + String.join(", ", new TreeSet<>(read)) + ")"));
        }
        children.forEach(ConfigSection::requireAllRead);
    }
}
