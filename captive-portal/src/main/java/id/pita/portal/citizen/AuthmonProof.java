package id.pita.portal.citizen;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The proof an openNDS gateway adds to its authmon POST so that Pita knows it is the gateway: form field
 * {@code ts} (Unix seconds) and {@code proof} = lower-case hex HMAC-SHA256, keyed with the faskey, of
 * {@code ts + "\n" + auth_get + "\n" + gatewayhash + "\n" + payload} (payload as posted, base64). Accepted within
 * {@link #WINDOW} of Pita's clock either way. Pure; thread-safe.
 */
public final class AuthmonProof {
    /** How far {@code ts} may be from Pita's clock. */
    public static final Duration WINDOW = Duration.ofMinutes(5);

    private AuthmonProof() {
    }

    /** The proof for one request, as a gateway computes it. */
    public static String of(String faskey, long ts, String action, String gatewayHash, String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(faskey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var text = ts + "\n" + action + "\n" + gatewayHash + "\n" + payload;
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }

    static boolean verify(String faskey, String ts, String action, String gatewayHash, String payload, String proof,
                          Instant now) {
        if (ts == null || proof == null || !ts.matches("\\d{1,12}")) {
            return false;
        }
        long seconds = Long.parseLong(ts);
        if (Math.abs(now.getEpochSecond() - seconds) > WINDOW.toSeconds()) {
            return false;
        }
        var expected = of(faskey, seconds, action, gatewayHash, payload);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                proof.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
