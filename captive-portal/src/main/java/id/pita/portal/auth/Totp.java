package id.pita.portal.auth;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) on the JDK's HMAC: 30-second steps from the Unix epoch, six digits,
 * HMAC-SHA1 as every authenticator app expects (SHA-256 and SHA-512 for the RFC's test vectors). A code is
 * accepted for the current step and one step either side (clock drift); the caller records the step used so
 * that a code cannot be replayed. Secrets are 160 random bits, Base32 without padding (RFC 4648). Thread-safe.
 */
public final class Totp {
    public static final long STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** A new random secret, Base32. */
    public static String newSecret(SecureRandom random) {
        var key = new byte[20];
        random.nextBytes(key);
        return base32(key);
    }

    /** The RFC 6238 time step of an instant. */
    public static long step(Instant t) {
        return Math.floorDiv(t.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for a time step (RFC 4226 dynamic truncation); {@code algorithm} is e.g. {@code HmacSHA1}. */
    public static String code(byte[] key, long step, int digits, String algorithm) {
        try {
            var mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            var h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int off = h[h.length - 1] & 0x0f;
            int bin = (h[off] & 0x7f) << 24 | (h[off + 1] & 0xff) << 16 | (h[off + 2] & 0xff) << 8 | h[off + 3] & 0xff;
            var s = Integer.toString(bin % POW10[digits]);
            return "0".repeat(digits - s.length()) + s;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " missing from the JDK", e);
        }
    }

    /** The six-digit HMAC-SHA1 code of {@code secret} (Base32) at {@code t}. */
    public static String code(String secret, Instant t) {
        return code(base32Decode(secret), step(t), DIGITS, "HmacSHA1");
    }

    /**
     * The step {@code submitted} matches at {@code now} (now, or one step before or after), compared in constant
     * time; empty if none does or the code is not six digits.
     */
    public static OptionalLong matchingStep(String secret, String submitted, Instant now) {
        var code = submitted == null ? "" : submitted.replace(" ", "");
        if (!code.matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        var key = base32Decode(secret);
        long step = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long s = step - 1; s <= step + 1; s++) {
            if (java.security.MessageDigest.isEqual(code(key, s, DIGITS, "HmacSHA1").getBytes(), code.getBytes())) {
                found = OptionalLong.of(s);
            }
        }
        return found;
    }

    /** The {@code otpauth://} URI an authenticator app reads (typed in or from a QR code). */
    public static String uri(String issuer, String account, String secret) {
        var enc = (java.util.function.Function<String, String>) v -> java.net.URLEncoder.encode(v,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + enc.apply(issuer) + ":" + enc.apply(account) + "?secret=" + secret + "&issuer="
                + enc.apply(issuer) + "&algorithm=SHA1&digits=6&period=30";
    }

    static String base32(byte[] data) {
        var sb = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = buffer << 8 | b & 0xff;
            bits += 8;
            while (bits >= 5) {
                sb.append(BASE32.charAt(buffer >> bits - 5 & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            sb.append(BASE32.charAt(buffer << 5 - bits & 31));
        }
        return sb.toString();
    }

    static byte[] base32Decode(String text) {
        var s = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        var out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : s.toCharArray()) {
            int v = BASE32.indexOf(c);
            if (v < 0) {
                throw new IllegalArgumentException("not Base32");
            }
            buffer = buffer << 5 | v;
            bits += 5;
            if (bits >= 8) {
                out.write(buffer >> bits - 8 & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
