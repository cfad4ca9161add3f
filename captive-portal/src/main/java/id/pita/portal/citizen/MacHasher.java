package id.pita.portal.citizen;

import id.pita.core.Check;
import id.pita.core.session.MacAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash of a MAC address (HMAC-SHA256 with a server key, first 16 bytes as hex) for logs and storage
 * where the device must be recognised but not identified (UU 27/2022). Thread-safe.
 */
public final class MacHasher {
    private final SecretKeySpec key;

    public MacHasher(byte[] key) {
        Check.that(key != null && key.length >= 16, "key", "must be at least 16 bytes");
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    public String hash(MacAddress mac) {
        var digest = hmac(mac.value().getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /**
     * A keyed tag of {@code data} for one {@code purpose} (HMAC-SHA256 over purpose, a NUL, data): the same key
     * signs a device's status token without a tag of one purpose ever passing for another.
     */
    byte[] tag(String purpose, String data) {
        return hmac((purpose + "\0" + data).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] hmac(byte[] data) {
        try {
            var hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }
}
