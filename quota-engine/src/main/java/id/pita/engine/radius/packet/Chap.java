package id.pita.engine.radius.packet;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * CHAP over RADIUS [RFC 2865 §5.3, §5.40; RFC 1994 §4.1]: CHAP-Password is the CHAP ident followed
 * by MD5(ident || password || challenge); the challenge is CHAP-Challenge, or the Request
 * Authenticator when that attribute is absent.
 */
public final class Chap {
    /** CHAP-Password value: ident (1) + response (16). */
    public static final int CHAP_PASSWORD_LENGTH = 17;

    private Chap() {
    }

    /** The 17-octet CHAP-Password value for a password and challenge. */
    public static byte[] chapPassword(int ident, byte[] password, byte[] challenge) {
        var out = new byte[CHAP_PASSWORD_LENGTH];
        out[0] = (byte) ident;
        System.arraycopy(Digests.md5(new byte[] {(byte) ident}, password, challenge), 0, out, 1, 16);
        return out;
    }

    /** Whether {@code chapPassword} proves knowledge of {@code password}; constant-time in the response. */
    public static boolean verify(byte[] chapPassword, byte[] challenge, byte[] password) {
        if (chapPassword.length != CHAP_PASSWORD_LENGTH) {
            return false;
        }
        var expected = chapPassword(chapPassword[0] & 0xFF, password, challenge);
        return MessageDigest.isEqual(Arrays.copyOfRange(expected, 1, 17), Arrays.copyOfRange(chapPassword, 1, 17));
    }

    /** The challenge of a request: CHAP-Challenge if present, otherwise the Request Authenticator. */
    public static byte[] challengeOf(RadiusPacket request) {
        return request.attribute(AttributeType.CHAP_CHALLENGE).map(RadiusAttribute::value)
                .orElseGet(request::authenticator);
    }
}
