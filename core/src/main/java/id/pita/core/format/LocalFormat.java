package id.pita.core.format;

import id.pita.core.calendar.ZoneLabels;
import id.pita.core.district.Bandwidth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * The one formatter for people-facing figures, in one language and the district's zone. Indonesian: decimal comma,
 * thousands dot, {@code 16.00}, day and month names in Bahasa Indonesia; English: decimal point, thousands comma,
 * {@code 16:00}. Rates are decimal (1 Mbps = 10^6 bit/s), sizes decimal (1 GB = 10^9 bytes). Immutable and
 * thread-safe.
 */
public final class LocalFormat {
    private static final String[] DAYS_ID = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] DAYS_EN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTHS_ID = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] RATE_UNITS = {"bps", "kbps", "Mbps", "Gbps", "Tbps"};

    private final boolean english;
    private final ZoneId zone;

    private LocalFormat(boolean english, ZoneId zone) {
        this.english = english;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public static LocalFormat indonesian(ZoneId zone) {
        return new LocalFormat(false, zone);
    }

    public static LocalFormat english(ZoneId zone) {
        return new LocalFormat(true, zone);
    }

    /** {@code "en"} (any case) for English, anything else for Bahasa Indonesia. */
    public static LocalFormat of(String lang, ZoneId zone) {
        return new LocalFormat("en".equalsIgnoreCase(lang), zone);
    }

    public boolean isEnglish() {
        return english;
    }

    public String lang() {
        return english ? "en" : "id";
    }

    public ZoneId zone() {
        return zone;
    }

    /** The Indonesian text or the English one, by this formatter's language. */
    public String pick(String indonesian, String englishText) {
        return english ? englishText : indonesian;
    }

    /** {@code value} with exactly {@code decimals} decimals and grouped thousands: {@code 108.674,4}. */
    public String number(double value, int decimals) {
        var plain = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        var whole = dot < 0 ? plain : plain.substring(0, dot);
        var sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(english ? ',' : '.');
            }
            sb.append(whole.charAt(i));
        }
        if (dot >= 0) {
            sb.append(english ? '.' : ',').append(plain, dot + 1, plain.length());
        }
        var s = sb.toString();
        return negative && !s.matches("[0.,]*") ? "-" + s : s;
    }

    /** {@code value} with at most {@code maxDecimals} decimals, trailing zeros dropped: {@code 2,5}, {@code 40}. */
    public String trimmed(double value, int maxDecimals) {
        return compactDecimals(value, maxDecimals);
    }

    /** A whole number with grouped thousands: {@code 1.250}. */
    public String integer(long value) {
        return number(value, 0);
    }

    /**
     * A rate in bit/s with a unit that keeps it short: {@code 512 bps}, {@code 950 kbps}, {@code 29,7 Mbps},
     * {@code 200 Mbps}, {@code 1 Gbps}. Three significant figures at most; trailing zero decimals dropped.
     */
    public String rate(long bps) {
        double v = bps;
        int unit = 0;
        while (unit < RATE_UNITS.length - 1 && Math.abs(v) >= 999.5) {
            v /= 1000;
            unit++;
        }
        return compact(v) + " " + RATE_UNITS[unit];
    }

    /** Down then up: {@code 29,7 / 30,1 Mbps} when both share a unit, else {@code 29,7 Mbps / 950 kbps}. */
    public String rates(Bandwidth b) {
        var down = rate(b.down());
        var up = rate(b.up());
        var du = down.substring(down.indexOf(' ') + 1);
        var uu = up.substring(up.indexOf(' ') + 1);
        return du.equals(uu) ? down.substring(0, down.indexOf(' ')) + " / " + up : down + " / " + up;
    }

    /** A rate in Mbps with one decimal, for columns that must share a unit: {@code 29,7 Mbps}. */
    public String mbps(long bps) {
        return number(bps / 1e6, 1) + " Mbps";
    }

    /** A fraction as a percentage, one decimal at most: 0.297 {@code 29,7%}, 0.7 {@code 70%}. */
    public String percent(double fraction) {
        return compactDecimals(100 * fraction, 1) + "%";
    }

    /** Bytes as GB (10^9) with two decimals: {@code 1,25 GB}; under 0,01 GB as MB: {@code 4,2 MB}. */
    public String gigabytes(double bytes) {
        if (bytes != 0 && Math.abs(bytes) < 1e7) {
            return number(bytes / 1e6, 1) + " MB";
        }
        return number(bytes / 1e9, 2) + " GB";
    }

    /** Rupiah: {@code Rp 1.250} (English {@code Rp 1,250}), rounded to whole rupiah. */
    public String rupiah(double idr) {
        return "Rp " + number(idr, 0);
    }

    public String dayName(DayOfWeek day) {
        return (english ? DAYS_EN : DAYS_ID)[day.getValue() - 1];
    }

    public String monthName(int month) {
        return (english ? MONTHS_EN : MONTHS_ID)[month - 1];
    }

    /** {@code November 2026}. */
    public String month(YearMonth month) {
        return monthName(month.getMonthValue()) + " " + month.getYear();
    }

    /** {@code Senin, 7 Desember 2026} / {@code Monday, 7 December 2026}. */
    public String date(LocalDate date) {
        return dayName(date.getDayOfWeek()) + ", " + shortDate(date);
    }

    /** {@code 7 Desember 2026}. */
    public String shortDate(LocalDate date) {
        return date.getDayOfMonth() + " " + monthName(date.getMonthValue()) + " " + date.getYear();
    }

    /** A local wall time without zone: {@code 16.00} / {@code 16:00}. */
    public String clock(LocalTime t) {
        return String.format(Locale.ROOT, "%02d%s%02d", t.getHour(), english ? ":" : ".", t.getMinute());
    }

    /** WIB, WITA or WIT for the zone's offset at {@code at}; otherwise {@code UTC+05:00} or {@code UTC}. */
    public String zoneLabel(Instant at) {
        var offset = zone.getRules().getOffset(at);
        return ZoneLabels.indonesian(offset).orElse(offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId());
    }

    /** {@code 16.00 WITA}. */
    public String time(Instant at) {
        return clock(at.atZone(zone).toLocalTime()) + " " + zoneLabel(at);
    }

    /** {@code Senin, 7 Desember 2026 pukul 16.00 WITA} / {@code Monday, 7 December 2026 at 16:00 WITA}. */
    public String dateTime(Instant at) {
        ZonedDateTime z = at.atZone(zone);
        return date(z.toLocalDate()) + (english ? " at " : " pukul ") + time(at);
    }

    /**
     * {@code 16.00 WITA} when {@code at} is on the same local day as {@code now}, {@code besok pukul 07.30 WITA} the
     * next day, else the full {@link #dateTime}.
     */
    public String when(Instant at, Instant now) {
        var day = at.atZone(zone).toLocalDate();
        var today = now.atZone(zone).toLocalDate();
        if (day.equals(today)) {
            return pick("pukul ", "at ") + time(at);
        }
        if (day.equals(today.plusDays(1))) {
            return pick("besok pukul ", "tomorrow at ") + time(at);
        }
        return dateTime(at);
    }

    /** {@code 2 hari 6 jam 5 menit} / {@code 2 d 6 h 5 min}; minutes rounded down, zero parts left out. */
    public String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        var sb = new StringBuilder();
        if (minutes >= 24 * 60) {
            sb.append(minutes / (24 * 60)).append(pick(" hari ", " d "));
        }
        if (minutes % (24 * 60) >= 60) {
            sb.append(minutes / 60 % 24).append(pick(" jam ", " h "));
        }
        if (minutes % 60 != 0 || sb.length() == 0) {
            sb.append(minutes % 60).append(pick(" menit", " min"));
        }
        return sb.toString().strip();
    }

    private String compact(double v) {
        double a = Math.abs(v);
        int decimals = a == 0 || a >= 99.95 ? 0 : a >= 9.995 ? 1 : 2;
        return compactDecimals(v, decimals);
    }

    private String compactDecimals(double v, int decimals) {
        var s = number(v, decimals);
        char sep = english ? '.' : ',';
        if (s.indexOf(sep) >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.charAt(s.length() - 1) == sep) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }
}
