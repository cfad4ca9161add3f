package id.pita.portal.app;

import id.pita.core.PitaException;
import id.pita.core.store.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key for hashing MAC addresses (UU 27/2022): 32 random bytes as hex in a file next to the database,
 * made on first start (0600, and set back to 0600 if found open to others), read on every later one, so a device's
 * hash stays the same across restarts.
 */
final class MacKeyFile {
    private static final Logger LOG = LoggerFactory.getLogger(MacKeyFile.class);

    private MacKeyFile() {
    }

    static byte[] loadOrCreate(Path file, SecureRandom random) {
        try {
            if (Files.exists(file)) {
                PrivateFiles.ensure(file);
                var key = HexFormat.of().parseHex(Files.readString(file).trim());
                if (key.length < 16) {
                    throw new PitaException("MAC hash key " + file + " is shorter than 16 bytes");
                }
                return key;
            }
            var key = new byte[32];
            random.nextBytes(key);
            var parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            PrivateFiles.write(file, HexFormat.of().formatHex(key) + "\n");
            LOG.info("Generated the MAC hash key {}", file);
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new PitaException("cannot read or create the MAC hash key " + file + ": " + e.getMessage(), e);
        }
    }
}
