package id.pita.portal.citizen;

import java.util.HexFormat;
import java.util.Locale;

/**
 * CoovaChilli's Universal Access Method (GATEWAYS.md). The redirect to the portal carries {@code md}, the
 * upper-case hex MD5 of the URL up to {@code &md=} followed by the uamsecret; the login answer is
 * {@code R = hex(MD5(0x00 || password || k))} with {@code k = MD5(unhex(challenge) || uamsecret)}: CHAP
 * [RFC 1994 §4.1] with identifier 0 over the challenge Chilli will send as CHAP-Challenge [RFC 2865 §5.40].
 */
public final class ChilliUam {
    private static final HexFormat HEX = HexFormat.of();

    private ChilliUam() {
    }

    /** True when {@code md} is the upper- (or lower-) case hex MD5 of {@code urlBeforeMd + uamsecret}. */
    public static boolean verifyMd(String urlBeforeMd, String md, String uamsecret) {
        if (md == null || urlBeforeMd == null) {
            return false;
        }
        var expected = HEX.formatHex(Digests.md5(Digests.bytes(urlBeforeMd), Digests.bytes(uamsecret)));
        return Digests.same(expected, md.toLowerCase(Locale.ROOT));
    }

    /**
     * The {@code response} for {@code /logon}: lower-case hex of {@code MD5(0x00 || password || k)}; with no
     * uamsecret, k is the raw challenge.
     *
     * @throws IllegalArgumentException when the challenge is not hex
     */
    public static String response(String challengeHex, String uamsecret, String password) {
        var challenge = HEX.parseHex(challengeHex);
        var k = uamsecret == null || uamsecret.isEmpty() ? challenge : Digests.md5(challenge, Digests.bytes(uamsecret));
        return HEX.formatHex(Digests.md5(new byte[] {0}, Digests.bytes(password), k));
    }
}
