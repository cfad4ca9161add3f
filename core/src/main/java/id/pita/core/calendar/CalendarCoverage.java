package id.pita.core.calendar;

import id.pita.core.Check;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether the holiday lists that decisions depend on are settled: the current year and every day of the
 * next {@link NationalCalendar#LOOKAHEAD_DAYS} days need a confirmed list (the SKB). A missing year counts
 * every holiday as a working day; a provisional one uses estimated dates.
 *
 * @param today       the district's local date the check was made for
 * @param missing     years in the span with no list at all
 * @param provisional years in the span whose list is not confirmed
 */
public record CalendarCoverage(LocalDate today, List<Integer> missing, List<Integer> provisional) {
    public CalendarCoverage {
        Check.notNull("today", today);
        missing = List.copyOf(missing);
        provisional = List.copyOf(provisional);
    }

    /** Both checks together (the earlier day, the union of the years). */
    public CalendarCoverage merge(CalendarCoverage other) {
        var m = new java.util.TreeSet<>(missing);
        m.addAll(other.missing);
        var p = new java.util.TreeSet<>(provisional);
        p.addAll(other.provisional);
        return new CalendarCoverage(today.isBefore(other.today) ? today : other.today, List.copyOf(m),
                List.copyOf(p));
    }

    /** True when every year in the span has a confirmed list. */
    public boolean ok() {
        return missing.isEmpty() && provisional.isEmpty();
    }

    /** The warning in Bahasa Indonesia, empty when {@link #ok()}. */
    public String messageId() {
        var parts = new java.util.ArrayList<String>();
        if (!missing.isEmpty()) {
            parts.add("tidak ada daftar hari libur untuk tahun " + years(missing)
                    + ": hari libur tahun itu dihitung sebagai hari kerja");
        }
        if (!provisional.isEmpty()) {
            parts.add("daftar hari libur tahun " + years(provisional) + " masih perkiraan (SKB belum terbit): "
                    + "tanggal libur keagamaan bisa bergeser");
        }
        return parts.isEmpty() ? "" : "Kalender belum pasti: " + String.join("; ", parts)
                + ". Impor daftar resmi: pita holidays import BERKAS, atau halaman Kalender di konsol.";
    }

    /** The warning in English, empty when {@link #ok()}. */
    public String messageEn() {
        var parts = new java.util.ArrayList<String>();
        if (!missing.isEmpty()) {
            parts.add("no holiday list for " + years(missing) + ": holidays that year count as working days");
        }
        if (!provisional.isEmpty()) {
            parts.add("the holiday list for " + years(provisional) + " is an estimate (no SKB yet): religious "
                    + "holidays may move");
        }
        return parts.isEmpty() ? "" : "Calendar not settled: " + String.join("; ", parts)
                + ". Import the decree's list: pita holidays import FILE, or the console's Calendar page.";
    }

    /** The message in {@code lang} ("en", else Bahasa Indonesia). */
    public String message(String lang) {
        return "en".equals(lang) ? messageEn() : messageId();
    }

    private static String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
