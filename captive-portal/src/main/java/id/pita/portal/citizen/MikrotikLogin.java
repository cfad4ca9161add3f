package id.pita.portal.citizen;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/**
 * MikroTik RouterOS hotspot external login (GATEWAYS.md). The router hands the portal {@code chap-id} and
 * {@code chap-challenge} octal-escaped ({@code \357\033…}, as its {@code login.html} writes them into a
 * JavaScript string); with HTTP-CHAP the browser must post {@code hex(MD5(chap-id || password ||
 * chap-challenge))}, which the router turns into RADIUS CHAP-Password/CHAP-Challenge [RFC 2865 §5.3, §5.40].
 */
public final class MikrotikLogin {
    private MikrotikLogin() {
    }

    /**
     * Decodes MikroTik's escaping: {@code \} followed by one to three octal digits is one byte; any other
     * character is its own (ISO-8859-1) byte. Returns null for null or empty input.
     *
     * @throws IllegalArgumentException for a trailing lone backslash or a character above U+00FF
     */
    public static byte[] decodeOctal(String escaped) {
        if (escaped == null || escaped.isEmpty()) {
            return null;
        }
        var out = new ByteArrayOutputStream(escaped.length());
        int i = 0;
        while (i < escaped.length()) {
            char c = escaped.charAt(i);
            if (c == '\\') {
                int j = i + 1;
                int value = 0;
                while (j < escaped.length() && j < i + 4 && escaped.charAt(j) >= '0' && escaped.charAt(j) <= '7') {
                    value = value * 8 + (escaped.charAt(j) - '0');
                    j++;
                }
                if (j == i + 1 || value > 0xFF) {
                    throw new IllegalArgumentException("bad octal escape at " + i);
                }
                out.write(value);
                i = j;
            } else {
                if (c > 0xFF) {
                    throw new IllegalArgumentException("character above U+00FF at " + i);
                }
                out.write(c);
                i++;
            }
        }
        return out.toByteArray();
    }

    /** The HTTP-CHAP password field: lower-case {@code hex(MD5(chapId || password || challenge))}. */
    public static String chapPassword(byte[] chapId, String password, byte[] challenge) {
        return HexFormat.of().formatHex(Digests.md5(chapId, Digests.bytes(password), challenge));
    }
}
