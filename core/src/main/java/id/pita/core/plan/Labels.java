package id.pita.core.plan;

import id.pita.core.calendar.Regime;
import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Site;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** Words shared by the table and the CSV: regimes, classes, site kinds, calendar notes, rates. */
final class Labels {
    private Labels() {
    }

    static String regime(Regime regime, Lang lang) {
        return regime == Regime.OFFICE_HOURS ? lang.pick("Jam kerja", "Office hours")
                : lang.pick("Di luar jam kerja", "After hours");
    }

    static String other(Regime regime, Lang lang) {
        return regime(regime == Regime.OFFICE_HOURS ? Regime.AFTER_HOURS : Regime.OFFICE_HOURS, lang);
    }

    static String className(boolean hotspots, Lang lang) {
        return hotspots ? "Hotspot" : lang.pick("Kantor", "Office");
    }

    static String kind(Site site, Lang lang) {
        if (site.isHotspot()) {
            return "hotspot";
        }
        return site.alwaysOn() ? lang.pick("kantor, 24 jam", "office, always on") : lang.pick("kantor", "office");
    }

    /**
     * The calendar's note in the chosen language. Its own words (regime, weekday) are translated; holiday
     * names and exception reasons are proper names and stay as written.
     */
    static String note(String note, Lang lang) {
        if (lang == Lang.ID) {
            return note;
        }
        switch (note) {
            case "Jam kerja":
                return "Office hours";
            case "Di luar jam kerja":
                return "After hours";
            case "Jam kerja Ramadan":
                return "Ramadan office hours";
            default:
                break;
        }
        for (var day : DayOfWeek.values()) {
            if (note.equals(RegimeCalendar.dayName(day))) {
                return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            }
        }
        return note;
    }

    /**
     * "20M/10M": down then up, in decimal k/M units, rounded to 10 kbit/s from 1 Mbit/s up so that a share like
     * 29,702,970 bit/s reads 29.7M rather than 29702.97k (the CSV keeps exact bit/s).
     */
    static String rate(Bandwidth b) {
        return Bandwidth.format(rounded(b.down())) + "/" + Bandwidth.format(rounded(b.up()));
    }

    private static long rounded(long bps) {
        return bps < 1_000_000 ? bps : Math.round(bps / 10_000.0) * 10_000;
    }

    /** A fraction as a percentage without needless decimals: 0.7 -> "70%", 0.125 -> "12.5%". */
    static String percent(double fraction) {
        var s = String.format(Locale.ROOT, "%.1f", 100 * fraction);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "%";
    }

    /** The part of {@code whole} that {@code part} is, per direction: "70%/30%". */
    static String percentOf(Bandwidth part, Bandwidth whole) {
        return percent(ratio(part.down(), whole.down())) + "/" + percent(ratio(part.up(), whole.up()));
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Shortened with an ellipsis to at most {@code max} characters, so one long name does not widen a table. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
