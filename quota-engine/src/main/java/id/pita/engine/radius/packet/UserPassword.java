package id.pita.engine.radius.packet;

import java.util.Arrays;

/**
 * User-Password hiding [RFC 2865 §5.2]: the password, NUL-padded to a multiple of 16 octets (at
 * most 128), XORed block by block with MD5(secret + previous cipher block), starting with the
 * Request Authenticator.
 */
public final class UserPassword {
    /** Longest password the attribute can carry [RFC 2865 §5.2]. */
    public static final int MAX_LENGTH = 128;

    private UserPassword() {
    }

    public static byte[] hide(byte[] password, byte[] secret, byte[] requestAuthenticator) {
        if (password.length > MAX_LENGTH) {
            throw new IllegalArgumentException("password longer than " + MAX_LENGTH + " octets");
        }
        int len = Math.max(16, (password.length + 15) / 16 * 16);
        var out = Arrays.copyOf(password, len);
        var previous = requestAuthenticator;
        for (int off = 0; off < len; off += 16) {
            var b = Digests.md5(secret, previous);
            for (int i = 0; i < 16; i++) {
                out[off + i] ^= b[i];
            }
            previous = Arrays.copyOfRange(out, off, off + 16);
        }
        return out;
    }

    /** Recovers the password, trailing NUL padding removed; rejects a value that is not 16..128 by 16s. */
    public static byte[] unhide(byte[] hidden, byte[] secret, byte[] requestAuthenticator) {
        if (hidden.length < 16 || hidden.length > MAX_LENGTH || hidden.length % 16 != 0) {
            throw new RadiusDecodeException("User-Password of " + hidden.length
                    + " octets is not a multiple of 16 between 16 and 128");
        }
        var out = new byte[hidden.length];
        var previous = requestAuthenticator;
        for (int off = 0; off < hidden.length; off += 16) {
            var b = Digests.md5(secret, previous);
            for (int i = 0; i < 16; i++) {
                out[off + i] = (byte) (hidden[off + i] ^ b[i]);
            }
            previous = Arrays.copyOfRange(hidden, off, off + 16);
        }
        int end = out.length;
        while (end > 0 && out[end - 1] == 0) {
            end--;
        }
        return Arrays.copyOf(out, end);
    }

    /**
     * Whether a revealed password equals {@code candidate}, in time that depends on neither its content
     * nor its length: both are padded to {@link #MAX_LENGTH} octets and compared whole, lengths included.
     */
    public static boolean matches(byte[] revealed, byte[] candidate) {
        var a = java.util.Arrays.copyOf(revealed, MAX_LENGTH + 1);
        var b = java.util.Arrays.copyOf(candidate, MAX_LENGTH + 1);
        a[MAX_LENGTH] = (byte) Math.min(revealed.length, 255);
        b[MAX_LENGTH] = (byte) Math.min(candidate.length, 255);
        boolean fits = revealed.length <= MAX_LENGTH & candidate.length <= MAX_LENGTH;
        return java.security.MessageDigest.isEqual(a, b) & fits;
    }
}
