package id.pita.core.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Indonesia's national holidays of a year ahead of the SKB (joint decree), each moveable date estimated by a
 * stated method and marked provisional. The estimates are for planning; the decree replaces them.
 * <ul>
 * <li>Fixed dates: 1 January, 1 May, 1 June, 17 August, 25 December (not provisional).</li>
 * <li>Islamic days: java.time's {@link HijrahDate} (the Umm al-Qura calendar). Indonesia's sidang isbat
 *     (MABIMS criteria) gives the same day or one day later (Idul Fitri 2025 and 2026 were one day later).</li>
 * <li>Easter by the Gregorian computus (Meeus/Jones/Butcher); Good Friday 2 days before, Ascension 39 after.</li>
 * <li>Imlek: the first new moon on or after 21 January, dated in China Standard Time (UTC+8), the usual
 *     approximation of the second new moon after the winter solstice.</li>
 * <li>Nyepi: the WITA date of the first new moon on or after 1 March (Nyepi follows Tilem Kesanga, which the
 *     Balinese reckoning often puts a day before the astronomical new moon); may be a day early.</li>
 * <li>Waisak: the WIB date of the first full moon on or after 8 May (Walubi's date; wrong in years with an
 *     early-May full moon that Walubi keeps, e.g. 2020).</li>
 * <li>Ramadan: 1 Ramadan to the day before 1 Syawal by {@link HijrahDate}.</li>
 * </ul>
 * Cuti bersama are a policy choice of the decree and are never estimated. Pure and thread-safe.
 */
public final class HolidayEstimates {
    /** The method, as a year file's {@code source} states it. */
    public static final String METHOD = "Estimate ahead of the SKB: Islamic days by java.time HijrahDate "
            + "(Umm al-Qura; the sidang isbat may be a day later), Easter by the Gregorian computus, Imlek as the "
            + "first new moon from 21 January (UTC+8), Nyepi as the first new moon from 1 March (WITA), Waisak as the "
            + "first full moon from 8 May (WIB), moons by Meeus ch. 49; no cuti bersama (set by the decree)";
    private static final ZoneId CHINA = ZoneOffset.ofHours(8);
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private HolidayEstimates() {
    }

    /** The estimated list of {@code year}, not confirmed. */
    public static HolidayYear estimate(int year) {
        var out = new ArrayList<Holiday>();
        out.add(fixed(year, 1, 1, "Tahun Baru " + year + " Masehi"));
        islamic(out, year, 7, 27, h -> "Isra Mikraj Nabi Muhammad SAW");
        out.add(estimated(imlek(year), "Tahun Baru Imlek " + (year + 551) + " Kongzili"));
        out.add(estimated(nyepi(year), "Hari Suci Nyepi (Tahun Baru Saka " + (year - 78) + ")"));
        islamic(out, year, 10, 1, h -> "Idul Fitri " + h + " H");
        islamic(out, year, 10, 2, h -> "Idul Fitri " + h + " H");
        var easter = easter(year);
        out.add(estimated(easter.minusDays(2), "Wafat Yesus Kristus"));
        out.add(estimated(easter, "Kebangkitan Yesus Kristus (Paskah)"));
        out.add(fixed(year, 5, 1, "Hari Buruh Internasional"));
        out.add(estimated(easter.plusDays(39), "Kenaikan Yesus Kristus"));
        islamic(out, year, 12, 10, h -> "Idul Adha " + h + " H");
        out.add(estimated(waisak(year), "Hari Raya Waisak " + (year + 544) + " BE"));
        out.add(fixed(year, 6, 1, "Hari Lahir Pancasila"));
        islamic(out, year, 1, 1, h -> "Tahun Baru Islam " + h + " H");
        out.add(fixed(year, 8, 17, "Hari Proklamasi Kemerdekaan RI"));
        islamic(out, year, 3, 12, h -> "Maulid Nabi Muhammad SAW");
        out.add(fixed(year, 12, 25, "Kelahiran Yesus Kristus"));
        out.sort(Comparator.comparing(Holiday::date));
        return new HolidayYear(year, false, METHOD, out, ramadan(year));
    }

    /** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus, ch. 8). */
    public static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Tahun Baru Imlek: the first new moon on or after 21 January, dated at UTC+8. */
    public static LocalDate imlek(int year) {
        return newMoonOnOrAfter(LocalDate.of(year, 1, 21), CHINA);
    }

    /** Hari Suci Nyepi: the first new moon on or after 1 March, dated in WITA (Bali). */
    public static LocalDate nyepi(int year) {
        return newMoonOnOrAfter(LocalDate.of(year, 3, 1), WITA);
    }

    /** Hari Raya Waisak: the first full moon on or after 8 May, dated in WIB. */
    public static LocalDate waisak(int year) {
        var from = LocalDate.of(year, 5, 8).atStartOfDay(WIB).toInstant();
        return MoonPhases.fullMoonAfter(from).atZone(WIB).toLocalDate();
    }

    /** 1 Syawal (Idul Fitri) of the Hijri year whose Syawal begins in {@code year}. */
    public static LocalDate idulFitri(int year) {
        var dates = islamicDates(year, 10, 1);
        return dates.get(0).date();
    }

    /** Every Ramadan that begins in {@code year}: 1 Ramadan to the day before 1 Syawal, provisional. */
    public static List<RamadanDates> ramadan(int year) {
        var out = new ArrayList<RamadanDates>();
        for (var start : islamicDates(year, 9, 1)) {
            var end = LocalDate.from(HijrahDate.of(start.hijriYear(), 10, 1)).minusDays(1);
            out.add(new RamadanDates(start.date(), end, true));
        }
        return out;
    }

    private record HijriDay(int hijriYear, LocalDate date) {
    }

    /** The Gregorian dates in {@code year} of a Hijri month and day (one or, rarely, two). */
    private static List<HijriDay> islamicDates(int year, int month, int day) {
        int firstH = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
        int lastH = HijrahDate.from(LocalDate.of(year, 12, 31)).get(ChronoField.YEAR);
        var out = new ArrayList<HijriDay>();
        for (int h = firstH; h <= lastH; h++) {
            var date = LocalDate.from(HijrahDate.of(h, month, day));
            if (date.getYear() == year) {
                out.add(new HijriDay(h, date));
            }
        }
        return out;
    }

    private static void islamic(List<Holiday> out, int year, int month, int day,
                                java.util.function.IntFunction<String> name) {
        for (var d : islamicDates(year, month, day)) {
            out.add(estimated(d.date(), name.apply(d.hijriYear())));
        }
    }

    private static LocalDate newMoonOnOrAfter(LocalDate date, ZoneId zone) {
        return MoonPhases.newMoonAfter(date.atStartOfDay(zone).toInstant()).atZone(zone).toLocalDate();
    }

    private static Holiday fixed(int year, int month, int day, String name) {
        return new Holiday(MonthDay.of(month, day).atYear(year), name, HolidayKind.NATIONAL, false);
    }

    private static Holiday estimated(LocalDate date, String name) {
        return new Holiday(date, name, HolidayKind.NATIONAL, true);
    }
}
