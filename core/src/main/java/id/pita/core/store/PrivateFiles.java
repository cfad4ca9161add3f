package id.pita.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pita's files that hold secrets or personal data (the database and its WAL, the key files, backups) are the
 * owner's alone: created 0600, and at every start a file found readable or writable by group or others is set
 * back to 0600 with a WARN naming it and its old mode (it may have been copied or leaked meanwhile: rotate
 * what it held if others could reach it). A file Pita cannot set back (not its owner) stops the start. On a
 * file system without POSIX modes nothing is checked.
 */
public final class PrivateFiles {
    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {
    }

    /** Creates an empty file with mode 0600 (no moment at which others could open it). */
    public static void create(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
    }

    /** Writes a new file, 0600 from its creation; fails if it exists. */
    public static void write(Path file, String text) throws IOException {
        create(file);
        Files.writeString(file, text);
    }

    /** Sets an existing file back to 0600 if group or others may reach it; a missing file is fine. */
    public static void ensure(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            var mode = Files.getPosixFilePermissions(file);
            if (mode.stream().noneMatch(OTHERS::contains)) {
                return;
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            LOG.warn("{} was {} (group or others could read it); set to rw------- . If others could reach it, "
                    + "rotate what it holds", file, PosixFilePermissions.toString(mode));
        } catch (UnsupportedOperationException e) {
            LOG.debug("File system without POSIX modes: {} not checked", file);
        } catch (IOException e) {
            throw new StoreException(file + " can be read by group or others and Pita cannot set it to 0600 ("
                    + e.getMessage() + "): fix its owner or mode, then start again", e);
        }
    }

    /** Whether group or others may reach the file (false where there are no POSIX modes). */
    public static boolean shared(Path file) throws IOException {
        try {
            return Files.getPosixFilePermissions(file).stream().anyMatch(OTHERS::contains);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
