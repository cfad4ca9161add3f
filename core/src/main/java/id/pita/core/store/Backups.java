package id.pita.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online, consistent backups of the SQLite file with {@code VACUUM INTO}, and restores into a stopped installation.
 *
 * <p>{@code VACUUM INTO} runs in one read transaction on a connection of its own: in WAL mode the writer (RADIUS
 * accounting's group commit) goes on meanwhile, and the copy is the database as of the moment that read began —
 * every transaction committed before it, none after. The copy is written to a {@code .partial} file made 0600
 * first (it holds gateway secrets and personal data), checked with {@code PRAGMA integrity_check}, synced, and
 * only then moved to its name, so a backup file that exists is complete.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private Backups() {
    }

    /** Backs up {@code dataFile} (live or not) to {@code target}, which must not exist yet; returns its size. */
    public static long backup(Path dataFile, Path target) {
        if (!Files.isRegularFile(dataFile)) {
            throw new StoreException("no database at " + dataFile);
        }
        if (Files.exists(target)) {
            throw new StoreException("backup target " + target + " exists already; not overwritten");
        }
        var partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            var dir = target.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                Ownership.matchDirectory(dir);
            }
            Files.deleteIfExists(partial);
            createPrivate(partial);
            try (var c = connect(dataFile, false); var s = c.prepareStatement("VACUUM INTO ?")) {
                s.setString(1, partial.toAbsolutePath().toString());
                s.execute();
            }
            var problems = integrityProblems(partial);
            if (!problems.isEmpty()) {
                throw new StoreException("backup " + partial + " failed its integrity check: " + problems);
            }
            fsync(partial);
            move(partial, target);
            Ownership.matchDirectory(target);
            long size = Files.size(target);
            LOG.info("Backup of {} written to {} ({} bytes)", dataFile, target, size);
            return size;
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the failure below is what matters
            }
            throw new StoreException("backup of " + dataFile + " to " + target + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Puts a backup in place of {@code dataFile}. The caller holds the {@link StoreLock} (no Pita runs on it). The
     * backup is checked first (integrity, and a schema this Pita can open); the current file, if any, is kept as
     * {@code <data file>.before-restore} and its WAL files removed; the restored file is 0600.
     */
    public static void restore(Path backup, Path dataFile) {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("no backup at " + backup);
        }
        try {
            var problems = integrityProblems(backup);
            if (!problems.isEmpty()) {
                throw new StoreException("backup " + backup + " failed its integrity check: " + problems);
            }
            var versions = schemaVersions(backup);
            if (versions.isEmpty()) {
                throw new StoreException(backup + " is not a Pita database (no schema_version table)");
            }
            Migrations.refuseNewer(versions, backup.toString());
            var abs = dataFile.toAbsolutePath();
            Files.createDirectories(abs.getParent());
            var incoming = abs.resolveSibling(abs.getFileName() + ".restoring");
            Files.deleteIfExists(incoming);
            createPrivate(incoming);
            try (var in = Files.newInputStream(backup);
                 var out = Files.newOutputStream(incoming, StandardOpenOption.WRITE,
                         StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(out);
            }
            fsync(incoming);
            if (Files.exists(abs)) {
                // Fold the old WAL into the old file so that the kept copy is whole.
                try (var c = connect(abs, false); var s = c.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                move(abs, abs.resolveSibling(abs.getFileName() + ".before-restore"));
            }
            for (var suffix : List.of("-wal", "-shm", "-journal")) {
                Files.deleteIfExists(abs.resolveSibling(abs.getFileName() + suffix));
            }
            move(incoming, abs);
            Ownership.matchDirectory(abs); // sudo pita restore: the service's user must still own its database
            LOG.info("Restored {} from {} (schema versions {})", abs, backup, versions);
        } catch (SQLException | IOException e) {
            throw new StoreException("restore of " + backup + " into " + dataFile + " failed: " + e.getMessage(), e);
        }
    }

    /** {@code PRAGMA integrity_check} of a file, opened read-only: empty when it answers {@code ok}. */
    public static List<String> integrityProblems(Path file) throws SQLException {
        var out = new ArrayList<String>();
        try (var c = connect(file, true); var s = c.createStatement();
             var rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                var line = rs.getString(1);
                if (!"ok".equals(line)) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    /** The versions in a file's {@code schema_version}, ascending; empty if it has no such table. */
    public static List<Integer> schemaVersions(Path file) throws SQLException {
        var out = new ArrayList<Integer>();
        try (var c = connect(file, true); var s = c.createStatement()) {
            try (var t = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
                if (!t.next()) {
                    return out;
                }
            }
            try (var rs = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
        }
        return out;
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        var props = new Properties();
        props.setProperty("busy_timeout", Integer.toString(Store.BUSY_TIMEOUT_MS));
        if (readOnly) {
            props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
    }

    private static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
    }

    private static void fsync(Path file) throws IOException {
        try (var ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
