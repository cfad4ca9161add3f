package id.pita.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily backup: at {@code at} local time (district zone) a {@link Backups#backup} to
 * {@code dir/pita-daily-YYYY-MM-DD.db}, then only the newest {@code keep} daily files are kept (files by other
 * names, such as a manual {@code pita backup}, are never removed). Driven by {@link #runIfDue()}, which the
 * caller calls often (every half minute); time comes from the injected clock. A failure is kept in
 * {@link #status()} and logged, and the next day's backup is tried as usual. Thread-safe.
 */
public final class BackupSchedule {
    static final Pattern DAILY = Pattern.compile("pita-daily-(\\d{4}-\\d{2}-\\d{2})\\.db");
    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

    private final Path dataFile;
    private final Path dir;
    private final LocalTime at;
    private final int keep;
    private final ZoneId zone;
    private final Clock clock;
    private Instant next;
    private Status status = new Status(Optional.empty(), Optional.empty(), Optional.empty(), "");

    /**
     * @param lastSuccess when the last backup was written, and where
     * @param lastFailure when the last attempt failed, with {@code error}; empty once a later one succeeds
     */
    public record Status(Optional<Instant> lastSuccess, Optional<Path> lastFile, Optional<Instant> lastFailure,
                         String error) {
        public boolean failing() {
            return lastFailure.isPresent();
        }
    }

    public BackupSchedule(Path dataFile, Path dir, LocalTime at, int keep, ZoneId zone, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1");
        }
        this.dataFile = dataFile;
        this.dir = dir;
        this.at = at;
        this.keep = keep;
        this.zone = zone;
        this.clock = clock;
        this.next = nextAfter(clock.instant());
    }

    /** The next run's time. */
    public synchronized Instant next() {
        return next;
    }

    public synchronized Status status() {
        return status;
    }

    /** Runs the backup if its time has come (once per day); returns the file written. */
    public synchronized Optional<Path> runIfDue() {
        var now = clock.instant();
        if (now.isBefore(next)) {
            return Optional.empty();
        }
        var day = next.atZone(zone).toLocalDate();
        next = nextAfter(now);
        var target = dir.resolve("pita-daily-" + day + ".db");
        try {
            if (Files.exists(target)) {
                LOG.info("Daily backup {} exists already; not made again", target);
            } else {
                Backups.backup(dataFile, target);
            }
            status = new Status(Optional.of(now), Optional.of(target), Optional.empty(), "");
            prune();
            return Optional.of(target);
        } catch (RuntimeException e) {
            LOG.warn("Daily backup to {} failed: {}", target, e.getMessage());
            status = new Status(status.lastSuccess(), status.lastFile(), Optional.of(now), String.valueOf(
                    e.getMessage()));
            return Optional.empty();
        }
    }

    /** The daily backups in the directory, oldest first. */
    public List<Path> dailyFiles() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> DAILY.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new StoreException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private void prune() {
        var files = dailyFiles();
        for (int i = 0; i < files.size() - keep; i++) {
            try {
                Files.deleteIfExists(files.get(i));
                LOG.info("Removed old daily backup {} (keeping {})", files.get(i), keep);
            } catch (IOException e) {
                LOG.warn("Cannot remove old backup {}: {}", files.get(i), e.getMessage());
            }
        }
    }

    private Instant nextAfter(Instant now) {
        var local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        ZonedDateTime candidate = day.atTime(at).atZone(zone);
        if (!candidate.toInstant().isAfter(now)) {
            candidate = day.plusDays(1).atTime(at).atZone(zone);
        }
        return candidate.toInstant();
    }
}
