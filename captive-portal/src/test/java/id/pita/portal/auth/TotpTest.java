package id.pita.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 Appendix B: the published test vectors, 8 digits, for SHA-1, SHA-256 and SHA-512. */
class TotpTest {
    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238AppendixBVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void base32RoundTripsAndSixDigitCodesMatchWithinOneStep() {
        assertThat(Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.newSecret(new SecureRandom())).matches("[A-Z2-7]{32}");
        // A fixed secret: with a random one, the code of step s equals that of s+2, s+3 or s+4 (what t + 90 s
        // accepts) about three times in a million, and the last-but-one check failed by chance.
        var secret = Totp.base32(SHA1_KEY);
        var t = Instant.parse("2026-11-23T03:30:10Z");
        var code = Totp.code(secret, t);
        assertThat(code).matches("[0-9]{6}");
        assertThat(Totp.matchingStep(secret, code, t.plusSeconds(30))).hasValue(Totp.step(t));
        assertThat(Totp.matchingStep(secret, code, t.plusSeconds(90))).isEmpty();
        assertThat(Totp.matchingStep(secret, "abc", t)).isEmpty();
        assertThat(Totp.uri("Pita", "admin", secret)).startsWith("otpauth://totp/Pita:admin?secret=" + secret);
    }
}
