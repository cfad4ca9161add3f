package id.pita.core.district;

import id.pita.core.Check;

/**
 * A rate in each direction, in bit/s, from the client's point of view: {@code down} is what the
 * client receives, {@code up} what it sends. Gateways that write it the other way round (MikroTik's
 * rx/tx) convert at the edge.
 */
public record Bandwidth(long down, long up) {
    public static final Bandwidth ZERO = new Bandwidth(0, 0);

    public Bandwidth {
        Check.nonNegative("down", down);
        Check.nonNegative("up", up);
    }

    public static Bandwidth mbps(double down, double up) {
        return new Bandwidth(Math.round(down * 1_000_000), Math.round(up * 1_000_000));
    }

    public static Bandwidth symmetric(long bps) {
        return new Bandwidth(bps, bps);
    }

    public long get(Direction direction) {
        return direction == Direction.DOWN ? down : up;
    }

    public Bandwidth plus(Bandwidth other) {
        return new Bandwidth(down + other.down, up + other.up);
    }

    public Bandwidth min(Bandwidth other) {
        return new Bandwidth(Math.min(down, other.down), Math.min(up, other.up));
    }

    public boolean fitsWithin(Bandwidth other) {
        return down <= other.down && up <= other.up;
    }

    public static Bandwidth of(Direction direction, long value, Bandwidth rest) {
        return direction == Direction.DOWN ? new Bandwidth(value, rest.up) : new Bandwidth(rest.down, value);
    }

    @Override
    public String toString() {
        return format(down) + "/" + format(up);
    }

    /** Human form in decimal units, e.g. {@code 2.5M}, {@code 512k}. */
    public static String format(long bps) {
        if (bps >= 1_000_000 && bps % 10_000 == 0) {
            return hundredths(bps / 10_000) + "M";
        }
        if (bps >= 1_000) {
            // bps / 1000 to two places, the half up (as "%.2f" of bps / 1000.0 rounds it), exactly in integers; from
            // 16 significant digits on the double's shortest decimal form may differ from bps / 1000, so the old way.
            return bps < 1_000_000_000_000_000L ? hundredths((bps + 5) / 10) + "k" : trim(bps / 1_000.0) + "k";
        }
        return Long.toString(bps);
    }

    /**
     * {@code h / 100} with at most two decimals and no trailing zeros ({@code 250 -> "2.5"}), as {@link #trim} makes
     * of the same value without {@code String.format} and a regular expression: a planning round formats a few
     * figures for its warnings, and that was 3 % of its profile.
     */
    private static String hundredths(long h) {
        long whole = h / 100;
        int frac = (int) (h % 100);
        if (frac == 0) {
            return Long.toString(whole);
        }
        return frac % 10 == 0 ? whole + "." + frac / 10 : whole + (frac < 10 ? ".0" : ".") + frac;
    }

    static String trim(double v) {
        var s = String.format(java.util.Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
