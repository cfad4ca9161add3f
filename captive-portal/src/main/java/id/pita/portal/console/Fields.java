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

    public long mbpsAsBps(String name) {
        return Math.round(decimal(name) * 1_000_000);
    }

    public double decimal(String name) {
        try {
            return Double.parseDouble(text(name).replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, "must be a number");
        }
    }

    public long integer(String name) {
        try {
            return Long.parseLong(text(name));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, "must be a whole number");
        }
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
