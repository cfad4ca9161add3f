package id.pita.core.plan;

import id.pita.core.calendar.Regime;
import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Site;
import id.pita.core.format.LocalFormat;
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

    /** The one formatter (core's {@link LocalFormat}) in this language and zone. */
    static LocalFormat format(Lang lang, java.time.ZoneId zone) {
        return lang == Lang.EN ? LocalFormat.english(zone) : LocalFormat.indonesian(zone);
    }

    /** "29,7 / 30,1 Mbps": down then up, by the one formatter (the CSV keeps exact bit/s). */
    static String rate(Bandwidth b, Lang lang) {
        return format(lang, java.time.ZoneOffset.UTC).rates(b);
    }

    /** A fraction as a percentage without needless decimals: 0.7 -> "70%", 0.125 -> "12,5%". */
    static String percent(double fraction, Lang lang) {
        return format(lang, java.time.ZoneOffset.UTC).percent(fraction);
    }

    /** The part of {@code whole} that {@code part} is, per direction: "70% / 30%". */
    static String percentOf(Bandwidth part, Bandwidth whole, Lang lang) {
        return percent(ratio(part.down(), whole.down()), lang) + " / " + percent(ratio(part.up(), whole.up()), lang);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Shortened with an ellipsis to at most {@code max} characters, so one long name does not widen a table. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
