package id.pita.core.calendar;

import java.time.Instant;

/**
 * Instants of new and full moons by Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998), chapter 49,
 * with the main periodic terms (the planetary corrections, under a minute, are left out): good to a few
 * minutes, which is what a date needs. Pure and thread-safe.
 */
public final class MoonPhases {
    private static final double MEAN_MONTH = 29.530588861;
    private static final double UNIX_EPOCH_JD = 2440587.5;
    /** TT − UT around 2025 (ΔT), seconds. */
    private static final double DELTA_T = 69;

    private MoonPhases() {
    }

    /** The first new moon at or after {@code from}. */
    public static Instant newMoonAfter(Instant from) {
        return after(from, 0.0);
    }

    /** The first full moon at or after {@code from}. */
    public static Instant fullMoonAfter(Instant from) {
        return after(from, 0.5);
    }

    private static Instant after(Instant from, double phase) {
        double years = 2000 + (from.getEpochSecond() / 86400.0 + UNIX_EPOCH_JD - 2451545.0) / 365.25;
        double k = Math.floor((years - 2000) * 12.3685) - 2 + phase;
        for (int i = 0; i < 8; i++, k += 1) {
            var t = instant(k, phase);
            if (!t.isBefore(from)) {
                return t;
            }
        }
        throw new IllegalStateException("no lunation found after " + from);
    }

    /** The instant of lunation {@code k} (k = 0 is the new moon of 6 January 2000; k + 0.5 a full moon). */
    static Instant instant(double k, double phase) {
        double t = k / 1236.85;
        double jde = 2451550.09766 + MEAN_MONTH * k + 0.00015437 * t * t - 0.000000150 * t * t * t
                + 0.00000000073 * t * t * t * t;
        double e = 1 - 0.002516 * t - 0.0000074 * t * t;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t);
        double mm = rad(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t
                - 0.000000058 * t * t * t * t);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t);
        double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t);
        boolean full = phase > 0;
        double c = (full ? -0.40614 : -0.40720) * Math.sin(mm)
                + (full ? 0.17302 : 0.17241) * e * Math.sin(m)
                + (full ? 0.01614 : 0.01608) * Math.sin(2 * mm)
                + (full ? 0.01043 : 0.01039) * Math.sin(2 * f)
                + (full ? 0.00734 : 0.00739) * e * Math.sin(mm - m)
                - (full ? 0.00515 : 0.00514) * e * Math.sin(mm + m)
                + (full ? 0.00209 : 0.00208) * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mm - 2 * f)
                - 0.00057 * Math.sin(mm + 2 * f)
                + 0.00056 * e * Math.sin(2 * mm + m)
                - 0.00042 * Math.sin(3 * mm)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mm - m)
                - 0.00017 * Math.sin(om);
        double seconds = (jde + c - UNIX_EPOCH_JD) * 86400.0 - DELTA_T;
        return Instant.ofEpochSecond(Math.round(seconds));
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360.0);
    }
}
