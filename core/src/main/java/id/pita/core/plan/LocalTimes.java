package id.pita.core.plan;

import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.calendar.ZoneLabels;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** Reading {@code --at} and writing local times, always in the district's zone, never the JVM default. */
final class LocalTimes {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private LocalTimes() {
    }

    /**
     * The instant {@code --at} names in {@code zone}: {@code 2026-11-23T10:00}, {@code 2026-11-23 10:00}, or a
     * time of day ({@code 16:30}) on today's date in the district; now from the clock when absent.
     */
    static ZonedDateTime resolve(Optional<String> at, ZoneId zone, Clock clock, Lang lang) {
        var now = ZonedDateTime.now(clock.withZone(zone));
        if (at.isEmpty()) {
            return now;
        }
        var text = at.get().strip();
        try {
            if (text.length() <= 8) {
                return ZonedDateTime.of(LocalDate.from(now), LocalTime.parse(text), zone);
            }
            return ZonedDateTime.of(LocalDateTime.parse(text.replace(' ', 'T')), zone);
        } catch (DateTimeException e) {
            throw new UsageException(lang.pick(
                    "--at '" + text + "' bukan waktu; tulis 2026-11-23T10:00, \"2026-11-23 10:00\" atau 10:00",
                    "--at '" + text + "' is not a time; write 2026-11-23T10:00, \"2026-11-23 10:00\" or 10:00"));
        }
    }

    /** "Senin 2026-11-23 10:00 WITA" or "Monday 2026-11-23 10:00 WITA". */
    static String format(ZonedDateTime t, Lang lang) {
        var day = lang == Lang.ID ? RegimeCalendar.dayName(t.getDayOfWeek())
                : t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return day + " " + DATE_TIME.format(t) + " " + zoneName(t);
    }

    /** Indonesia's names for its three zones by offset (WIB +7, WITA +8, WIT +9); other zones by their id. */
    static String zoneName(ZonedDateTime t) {
        if (t.getOffset().getTotalSeconds() == 0) {
            return "UTC";
        }
        return ZoneLabels.indonesian(t.getOffset())
                .orElseGet(() -> t.getZone().getId() + " (UTC" + t.getOffset().getId() + ")");
    }

    /** "2 hari 6 j 5 mnt" or "2 d 6 h 5 min"; minutes are rounded down. */
    static String duration(Duration d, Lang lang) {
        long minutes = d.toMinutes();
        var text = new StringBuilder();
        if (minutes >= 24 * 60) {
            text.append(minutes / (24 * 60)).append(lang.pick(" hari ", " d "));
        }
        if (minutes >= 60) {
            text.append(minutes / 60 % 24).append(lang.pick(" j ", " h "));
        }
        return text.append(minutes % 60).append(lang.pick(" mnt", " min")).toString();
    }
}
