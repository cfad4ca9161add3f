package id.pita.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets at rest (gateway RADIUS secrets, uamsecrets and faskeys, office passwords): AES-256-GCM with a key
 * kept in a file beside the database ({@value #KEY_FILE}, 32 random bytes as hex, 0600), so that a copy of the
 * database or a backup without that file cannot be used to impersonate a gateway. A sealed value is
 * {@value #PREFIX} + base64(12-byte random IV, ciphertext and tag); the row it belongs to (table, column, key)
 * is the associated data, so a value moved to another row does not open. The empty string stays empty. A value
 * without the prefix is a plaintext row from before (release 0.1): {@link #open} returns it as it is, and the
 * store seals such rows once at start. Thread-safe.
 */
public final class SecretBox {
    /** The key file's name, in the database's directory. */
    public static final String KEY_FILE = "secrets.key";
    static final String PREFIX = "aes-gcm:v1:";
    private static final Logger LOG = LoggerFactory.getLogger(SecretBox.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;
    private final boolean created;

    private SecretBox(byte[] key, SecureRandom random, boolean created) {
        this.key = new SecretKeySpec(key, "AES");
        this.random = random;
        this.created = created;
    }

    /** The key file for a database file. */
    public static Path keyFileFor(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling(KEY_FILE);
    }

    /** Reads the key file, or makes it (0600) when there is none; a short or garbled file stops the start. */
    static SecretBox loadOrCreate(Path keyFile, SecureRandom random) {
        try {
            if (Files.exists(keyFile)) {
                PrivateFiles.ensure(keyFile);
                var key = HexFormat.of().parseHex(Files.readString(keyFile).trim());
                if (key.length != 32) {
                    throw new StoreException("secrets key " + keyFile + " must hold 32 bytes as hex (has "
                            + key.length + ")");
                }
                return new SecretBox(key, random, false);
            }
            var key = new byte[32];
            random.nextBytes(key);
            PrivateFiles.write(keyFile, HexFormat.of().formatHex(key) + "\n");
            Ownership.matchDirectory(keyFile); // made by root in pita's directory: still pita's to read
            LOG.info("Generated the secrets key {}: keep a copy apart from the backups", keyFile);
            return new SecretBox(key, random, true);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("cannot read or create the secrets key " + keyFile + ": " + e.getMessage(), e);
        }
    }

    /** True when this start made the key file (so nothing sealed before can open with it). */
    boolean created() {
        return created;
    }

    /** Whether {@code other} holds the same key (a value sealed by one opens with the other). */
    boolean sameKey(SecretBox other) {
        return java.security.MessageDigest.isEqual(key.getEncoded(), other.key.getEncoded());
    }

    static boolean sealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Seals {@code plain} for the row {@code context} ({@code "gateway.secret/paser/gw-1"}). */
    String seal(String plain, String context) {
        if (plain == null || plain.isEmpty()) {
            return "";
        }
        try {
            var iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            var out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is required of every JVM", e);
        }
    }

    /** Opens a sealed value of the row {@code context}; a plaintext value (no prefix) is returned as it is. */
    String open(String stored, String context) {
        if (stored == null || stored.isEmpty() || !sealed(stored)) {
            return stored == null ? "" : stored;
        }
        try {
            var raw = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(raw, IV_BYTES, raw.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new StoreException("a secret of " + context.substring(0, context.indexOf('/') < 0 ? context.length()
                    : context.indexOf('/')) + " does not open with " + KEY_FILE + ": is this the key file that was "
                    + "beside this database (or its backup) when it was written?", e);
        }
    }
}
