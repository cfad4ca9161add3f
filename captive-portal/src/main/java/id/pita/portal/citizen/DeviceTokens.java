package id.pita.portal.citizen;

import id.pita.core.InvalidValueException;
import id.pita.core.session.MacAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The token a device gets at its log-in (cookie {@value #COOKIE}) that lets it, and only it, see its own status
 * and quota later even when Pita sees it from behind the gateway's NAT: {@code mac.expiry.tag}, the tag an
 * HMAC with the server's MAC-hash key, so it needs no state, survives a restart and works on every node.
 * Thread-safe.
 */
final class DeviceTokens {
    static final String COOKIE = "pita_device";
    static final Duration TTL = Duration.ofHours(24);
    private static final String PURPOSE = "device-status-v1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final MacHasher key;

    DeviceTokens(MacHasher key) {
        this.key = key;
    }

    String issue(MacAddress mac, Instant now) {
        var body = mac.value().replace(':', '-') + "." + now.plus(TTL).getEpochSecond();
        return body + "." + B64.encodeToString(Arrays.copyOf(key.tag(PURPOSE, body), 16));
    }

    /** The device a token names, if its tag is right and it has not expired; empty for anything else. */
    Optional<MacAddress> verify(String token, Instant now) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        var body = token.substring(0, last);
        var expected = B64.encodeToString(Arrays.copyOf(key.tag(PURPOSE, body), 16));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            long expiry = Long.parseLong(body.substring(first + 1));
            if (now.getEpochSecond() >= expiry) {
                return Optional.empty();
            }
            return Optional.of(MacAddress.parse(body.substring(0, first)));
        } catch (NumberFormatException | InvalidValueException e) {
            return Optional.empty();
        }
    }
}
