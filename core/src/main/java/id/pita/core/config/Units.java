package id.pita.core.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The units a district file is written in. Rates in bit/s with decimal prefixes ({@code 512k},
 * {@code 100M}, {@code 1G}); sizes in bytes, decimal ({@code 500MB}, {@code 1GB}); durations as
 * one or more number-unit pairs ({@code 30s}, {@code 15m}, {@code 4h}, {@code 1h30m}, {@code 7d}).
 * Each parser returns the value or throws {@link IllegalArgumentException} with a reason for people.
 */
final class Units {
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kMG]?)(?:bit/s|bps)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|kB|KB|MB|GB|TB)?");
    private static final Pattern DURATION = Pattern.compile("(?:\\d+[smhd])+");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)([smhd])");

    private Units() {
    }

    static long rate(String text) {
        var m = RATE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a rate: '" + text + "' (write bit/s like 512k, 100M or 1G)");
        }
        long unit = switch (m.group(2)) {
            case "k" -> 1_000L;
            case "M" -> 1_000_000L;
            case "G" -> 1_000_000_000L;
            default -> 1L;
        };
        return whole(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)), text, "bit/s");
    }

    static long size(String text) {
        var m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "' (write bytes like 500MB or 1GB)");
        }
        long unit = m.group(2) == null ? 1L : switch (m.group(2)) {
            case "kB", "KB" -> 1_000L;
            case "MB" -> 1_000_000L;
            case "GB" -> 1_000_000_000L;
            case "TB" -> 1_000_000_000_000L;
            default -> 1L;
        };
        return whole(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)), text, "bytes");
    }

    static Duration duration(String text) {
        var t = text.strip();
        if (!DURATION.matcher(t).matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (write like 30s, 15m, 4h or 1h30m)");
        }
        var total = Duration.ZERO;
        var m = DURATION_PART.matcher(t);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
        }
        return total;
    }

    private static long whole(BigDecimal value, String text, String unit) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number of " + unit);
        }
    }
}
