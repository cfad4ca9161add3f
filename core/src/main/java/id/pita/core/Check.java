package id.pita.core;

import java.util.Collection;
import java.util.regex.Pattern;

/** Validation helpers for record constructors; every failure names the field. */
public final class Check {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private Check() {
    }

    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    public static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required and must not be blank");
        }
        return value;
    }

    /** A code: lower-case letters, digits, '.', '_' or '-', 1 to 64 characters; used as a RADIUS user name. */
    public static String code(String field, String value) {
        notBlank(field, value);
        if (!CODE.matcher(value).matches()) {
            throw new InvalidValueException(field,
                    "must be 1-64 of a-z, 0-9, '.', '_' or '-', starting with a letter or digit (was '" + value + "')");
        }
        return value;
    }

    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new InvalidValueException(field, "must not be negative (was " + value + ")");
        }
        return value;
    }

    public static long positive(String field, long value) {
        if (value <= 0) {
            throw new InvalidValueException(field, "must be positive (was " + value + ")");
        }
        return value;
    }

    public static int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max + " (was " + value + ")");
        }
        return value;
    }

    public static double fraction(String field, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new InvalidValueException(field, "must be a fraction between 0 and 1 (was " + value + ")");
        }
        return value;
    }

    public static <T> void noNulls(String field, Collection<T> values) {
        notNull(field, values);
        int i = 0;
        for (T v : values) {
            if (v == null) {
                throw new InvalidValueException(field + "[" + i + "]", "is required");
            }
            i++;
        }
    }

    public static void that(boolean condition, String field, String reason) {
        if (!condition) {
            throw new InvalidValueException(field, reason);
        }
    }
}
