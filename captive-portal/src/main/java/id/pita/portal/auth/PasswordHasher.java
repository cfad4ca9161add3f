package id.pita.portal.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2WithHmacSHA256 hashes stored as {@code pbkdf2$iterations$salt$hash} (Base64), new ones with at least
 * 600,000 iterations (OWASP Password Storage Cheat Sheet for PBKDF2-HMAC-SHA256). Hashes made with fewer
 * iterations (Pita used 210,000 before) still verify, and {@link #needsRehash} tells the log-in to replace
 * them. Verification compares in constant time. Thread-safe.
 */
public final class PasswordHasher {
    public static final int MIN_ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private final SecureRandom random;
    private final int iterations;

    public PasswordHasher(SecureRandom random, int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be at least " + MIN_ITERATIONS + " (was " + iterations
                    + ")");
        }
        this.random = random;
        this.iterations = iterations;
    }

    public PasswordHasher(SecureRandom random) {
        this(random, MIN_ITERATIONS);
    }

    public String hash(String password) {
        var salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        var b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derive(password,
                salt, iterations));
    }

    /** True if {@code password} matches {@code stored}; a malformed stored value never matches. */
    public boolean verify(String password, String stored) {
        var parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2")) {
            return false;
        }
        try {
            int iter = Integer.parseInt(parts[1]);
            if (iter < 1 || iter > 10_000_000) {
                return false;
            }
            var salt = Base64.getDecoder().decode(parts[2]);
            var expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iter));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True if {@code stored} was made with fewer iterations than this hasher uses (or is not ours). */
    public boolean needsRehash(String stored) {
        var parts = stored == null ? new String[0] : stored.split("\\$");
        try {
            return parts.length != 4 || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Spends the same time as a real check, so an unknown user name does not answer faster. */
    public void burn(String password) {
        derive(password, new byte[SALT_BYTES], iterations);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 missing from the JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
