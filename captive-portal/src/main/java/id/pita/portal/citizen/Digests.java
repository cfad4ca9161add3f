package id.pita.portal.citizen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** MD5 and SHA-256 as the gateways use them. MD5 is the gateways' choice (CHAP), not ours. */
final class Digests {
    private Digests() {
    }

    static byte[] md5(byte[]... parts) {
        return digest("MD5", parts);
    }

    static byte[] sha256(byte[]... parts) {
        return digest("SHA-256", parts);
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Constant-time comparison of two strings' bytes. */
    static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(bytes(a), bytes(b));
    }

    private static byte[] digest(String algorithm, byte[]... parts) {
        try {
            var md = MessageDigest.getInstance(algorithm);
            for (var p : parts) {
                md.update(p);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every JVM", e);
        }
    }
}
