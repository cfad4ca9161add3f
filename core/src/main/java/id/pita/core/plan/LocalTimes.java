package id.pita.core.plan;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Reading {@code --at} and writing local times, always in the district's zone, never the JVM default. */
final class LocalTimes {
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

    /** "Senin, 23 November 2026 pukul 10.00 WITA" or "Monday, 23 November 2026 at 10:00 WITA" (one formatter). */
    static String format(ZonedDateTime t, Lang lang) {
        return Labels.format(lang, t.getZone()).dateTime(t.toInstant());
    }

    /** "2 hari 6 jam 5 menit" or "2 d 6 h 5 min"; minutes are rounded down. */
    static String duration(Duration d, Lang lang) {
        return Labels.format(lang, java.time.ZoneOffset.UTC).duration(d);
    }
}
