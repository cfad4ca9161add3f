package id.pita.portal.console;

import id.pita.core.InvalidValueException;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Submitted values by field name, from an HTML form or a flat JSON object alike, with parsers that name
 * the field when a value is missing or malformed. Field names follow the core records' paths
 * ({@code guarantee.down}) so a validation error points at the form input that caused it.
 */
public final class Fields {
    private final Map<String, String> values;

    public Fields(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Fields of(MultiMap form) {
        var m = new HashMap<String, String>();
        form.forEach(e -> m.putIfAbsent(e.getKey(), e.getValue()));
        return new Fields(m);
    }

    public static Fields of(JsonObject json) {
        var m = new HashMap<String, String>();
        if (json != null) {
            json.forEach(e -> {
                if (e.getValue() != null) {
                    m.put(e.getKey(), String.valueOf(e.getValue()));
                }
            });
        }
        return new Fields(m);
    }

    public String text(String name) {
        var v = values.get(name);
        if (v == null || v.isBlank()) {
            throw new InvalidValueException(name, "is required");
        }
        return v.trim();
    }

    public String optional(String name) {
        var v = values.get(name);
        return v == null ? "" : v.trim();
    }

    public boolean flag(String name) {
        var v = optional(name);
        return v.equals("on") || v.equals("true") || v.equals("1");
    }

    /** The largest rate a form or the API may give: 1 Tbit/s, far above any district's pool. */
    public static final double MAX_MBPS = 1_000_000;

    /** A rate in Mbps (0 to {@link #MAX_MBPS}) as bit/s. */
    public long mbpsAsBps(String name) {
        double mbps = decimal(name);
        if (mbps < 0 || mbps > MAX_MBPS) {
            throw new InvalidValueException(name, "must be between 0 and " + (long) MAX_MBPS + " Mbps (was "
                    + shortened(optional(name)) + ")");
        }
        return Math.round(mbps * 1_000_000);
    }

    /** A finite decimal number (a comma is read as the decimal point); NaN and infinities are refused. */
    public double decimal(String name) {
        double d;
        try {
            d = Double.parseDouble(text(name).replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, "must be a number");
        }
        if (!Double.isFinite(d)) {
            throw new InvalidValueException(name, "must be a finite number (was " + shortened(optional(name)) + ")");
        }
        return d;
    }

    public long integer(String name) {
        return integer(name, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** A whole number between {@code min} and {@code max}: never silently narrowed (4294967301 is not 5). */
    public int integer(String name, int min, int max) {
        return (int) integer(name, (long) min, (long) max);
    }

    /** A whole number between {@code min} and {@code max}, inclusive. */
    public long integer(String name, long min, long max) {
        var text = text(name);
        long v;
        try {
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, text.matches("[-+]?\\d+")
                    ? "must be between " + min + " and " + max + " (was " + shortened(text) + ")"
                    : "must be a whole number");
        }
        if (v < min || v > max) {
            throw new InvalidValueException(name, "must be between " + min + " and " + max + " (was " + v + ")");
        }
        return v;
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    public LocalDate date(String name) {
        try {
            return LocalDate.parse(text(name));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidValueException(name, "must be a date like 2026-08-17");
        }
    }

    public LocalTime time(String name) {
        try {
            return LocalTime.parse(text(name));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidValueException(name, "must be a time like 07:30");
        }
    }

    public LocalDateTime dateTime(String name) {
        try {
            return LocalDateTime.parse(text(name));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidValueException(name, "must be a date and time like 2026-11-23T10:00");
        }
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        var v = text(name);
        for (var c : type.getEnumConstants()) {
            if (c.name().equalsIgnoreCase(v)) {
                return c;
            }
        }
        throw new InvalidValueException(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    public Map<String, String> asMap() {
        return values;
    }
}
