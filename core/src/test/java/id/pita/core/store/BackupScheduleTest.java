package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.testing.MutableClock;

/** The daily backup on a clock: at 02:00 WITA once a day, 0600 files, the newest {@code keep} kept. */
class BackupScheduleTest {
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** Monday 30 November 2026, 01:59 WITA. */
    static final Instant BEFORE_TWO = Instant.parse("2026-11-29T17:59:00Z");

    @TempDir
    Path dir;

    @Test
    void runsAtTheLocalTimeOncePerDayAndKeepsTheNewest() throws Exception {
        var clock = MutableClock.at(BEFORE_TWO);
        var data = dir.resolve("pita.db");
        try (var store = Store.open(data, clock)) {
            store.districts().save(TestDistricts.small());
        }
        var schedule = new BackupSchedule(data, dir.resolve("backup"), LocalTime.of(2, 0), 3, WITA, clock);
        assertThat(schedule.next()).isEqualTo(Instant.parse("2026-11-29T18:00:00Z"));
        assertThat(schedule.runIfDue()).isEmpty();

        clock.advance(Duration.ofMinutes(1)); // 02:00 WITA
        var first = schedule.runIfDue().orElseThrow();
        assertThat(first.getFileName().toString()).isEqualTo("pita-daily-2026-11-30.db");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("rw-------");
        assertThat(Backups.integrityProblems(first)).isEmpty();
        assertThat(schedule.status().lastSuccess()).contains(clock.instant());
        // Once a day only.
        clock.advance(Duration.ofHours(23));
        assertThat(schedule.runIfDue()).isEmpty();

        // A manual backup in the same directory is never pruned.
        Backups.backup(data, dir.resolve("backup/pita-20261130-120000.db"));
        for (int day = 0; day < 5; day++) {
            clock.advance(Duration.ofDays(1));
            assertThat(schedule.runIfDue()).isPresent();
        }
        assertThat(schedule.dailyFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("pita-daily-2026-12-03.db", "pita-daily-2026-12-04.db", "pita-daily-2026-12-05.db");
        assertThat(dir.resolve("backup/pita-20261130-120000.db")).exists();
    }

    @Test
    void aFailureIsKeptInTheStatusAndTheNextDayTriesAgain() throws Exception {
        var clock = MutableClock.at(BEFORE_TWO.plusSeconds(120));
        var data = dir.resolve("missing.db");
        var schedule = new BackupSchedule(data, dir.resolve("backup"), LocalTime.of(2, 0), 14, WITA, clock);
        clock.advance(Duration.ofDays(1));
        assertThat(schedule.runIfDue()).isEmpty();
        assertThat(schedule.status().failing()).isTrue();
        assertThat(schedule.status().error()).contains("no database at");
        try (var store = Store.open(data, clock)) {
            store.districts().save(TestDistricts.small());
        }
        clock.advance(Duration.ofDays(1));
        assertThat(schedule.runIfDue()).isPresent();
        assertThat(schedule.status().failing()).isFalse();
    }
}
