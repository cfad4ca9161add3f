package id.pita.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive operating-system lock on {@code <data file>.lock}: a running Pita holds it, and the commands that
 * must not run under a live Pita ({@code pita restore}, {@code pita import}) take it too, so that they refuse while
 * the database is in use. The OS releases it when the process ends, however it ends: no stale lock after a crash.
 */
public final class StoreLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file beside a data file. */
    public static Path lockFile(Path dataFile) {
        var abs = dataFile.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".lock");
    }

    /** Takes the lock, or throws {@link StoreInUseException} if another process (or this one) holds it. */
    public static StoreLock acquire(Path dataFile) {
        var file = lockFile(dataFile);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            boolean created = !Files.exists(file);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (created) {
                Ownership.matchDirectory(file); // sudo pita restore must not leave the service a root-owned lock
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StoreInUseException(dataFile);
            }
            return new StoreLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether a process holds the lock now, found out with a shared lock that is let go at once; creates nothing
     * (no lock file: no Pita has run on this data file yet).
     */
    public static boolean inUse(Path dataFile) {
        var file = lockFile(dataFile);
        if (!Files.exists(file)) {
            return false;
        }
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            try {
                var shared = channel.tryLock(0, Long.MAX_VALUE, true);
                if (shared == null) {
                    return true;
                }
                shared.release();
                return false;
            } catch (OverlappingFileLockException e) {
                return true;
            }
        } catch (IOException e) {
            throw new StoreException("cannot check the lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // The channel's close below releases it as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }
}
