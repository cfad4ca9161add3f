package id.pita.core.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one grammar for rates, sizes and durations in every file (district, config) and every command-line flag.
 * <ul>
 *   <li>Rates in bit/s with decimal prefixes: {@code 64000}, {@code 512k}, {@code 2M}, {@code 1G}, {@code 2.5M},
 *       optionally with a unit: {@code 1.5 Mbps}, {@code 100 Mbit/s}, {@code 512 kbps} (with a unit the prefix
 *       may be lower case; without one {@code m} is refused, as it would read as minutes or milli).</li>
 *   <li>Sizes in bytes, decimal: {@code 500MB}, {@code 1GB}, {@code 0}.</li>
 *   <li>Durations as one or more number-unit pairs, units {@code ms s m h d}: {@code 500ms}, {@code 30s},
 *       {@code 15m}, {@code 1h30m}, {@code 1h 30m}, {@code 1.5h}, {@code 2d}; {@code 0} alone is zero.</li>
 * </ul>
 * Each parser returns the value or throws {@link IllegalArgumentException} with a reason for people.
 */
public final class Units {
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(.*)");
    private static final Pattern RATE_UNIT = Pattern.compile("([kmg]?)\\s*(?:bit/s|bps|b/s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|kB|KB|MB|GB|TB)?");
    private static final Pattern DURATION = Pattern.compile("(?:\\d+(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");
    private static final String RATE_HINT = "write bit/s like 512k, 100M, 1G or 1.5 Mbps";
    private static final String DURATION_HINT = "write like 500ms, 30s, 15m, 1h30m or 2d";

    private Units() {
    }

    /** A rate in bit/s. */
    public static long rate(String text) {
        var t = text.strip();
        var m = RATE.matcher(t);
        String prefix = null;
        if (m.matches()) {
            var rest = m.group(2);
            var unit = RATE_UNIT.matcher(rest);
            prefix = rest.matches("[kKMG]?") ? rest : unit.matches() ? unit.group(1) : null;
        }
        if (prefix == null) {
            throw new IllegalArgumentException("not a rate: '" + text + "' (" + RATE_HINT + ")");
        }
        long unit = switch (prefix.toLowerCase(Locale.ROOT)) {
            case "k" -> 1_000L;
            case "m" -> 1_000_000L;
            case "g" -> 1_000_000_000L;
            default -> 1L;
        };
        return whole(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)), text, "bit/s");
    }

    /** A size in bytes. */
    public static long size(String text) {
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

    /** A duration, to the millisecond. */
    public static Duration duration(String text) {
        var t = text.strip();
        if (t.equals("0")) {
            return Duration.ZERO;
        }
        if (!DURATION.matcher(t).matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (" + DURATION_HINT + ")");
        }
        var millis = BigDecimal.ZERO;
        var m = DURATION_PART.matcher(t);
        while (m.find()) {
            long unit = switch (m.group(2)) {
                case "ms" -> 1L;
                case "s" -> 1_000L;
                case "m" -> 60_000L;
                case "h" -> 3_600_000L;
                default -> 86_400_000L;
            };
            millis = millis.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)));
        }
        return Duration.ofMillis(whole(millis, text, "milliseconds"));
    }

    /** A duration as a file would write it, in its largest exact unit: {@code 30d}, {@code 5m}, {@code 500ms}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (ms != 0 && ms % sizes[i] == 0) {
                return ms / sizes[i] + units[i];
            }
        }
        return ms + "ms";
    }

    /** A rate as a file would write it, in its largest exact prefix: {@code 2M}, {@code 512k}, {@code 1500}. */
    public static String formatRate(long bitsPerSecond) {
        long[] sizes = {1_000_000_000L, 1_000_000L, 1_000L};
        String[] prefixes = {"G", "M", "k"};
        for (int i = 0; i < sizes.length; i++) {
            if (bitsPerSecond != 0 && bitsPerSecond % sizes[i] == 0) {
                return bitsPerSecond / sizes[i] + prefixes[i];
            }
        }
        return Long.toString(bitsPerSecond);
    }

    private static long whole(BigDecimal value, String text, String unit) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number of " + unit);
        }
    }
}
