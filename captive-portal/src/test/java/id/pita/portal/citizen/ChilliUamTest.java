package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChilliUamTest {
    private static final String URL = "http://10.1.0.1:8080/?res=notyet&uamip=10.1.0.1&uamport=3990"
            + "&challenge=0123456789abcdef0123456789abcdef&mac=AA-BB-CC-DD-EE-FF&ip=10.1.0.5&nasid=taman-kota";

    static String md5Hex(byte[]... parts) throws Exception {
        var md = MessageDigest.getInstance("MD5");
        for (var p : parts) {
            md.update(p);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    @Test
    void acceptsUpperCaseMdOfUrlAndSecret() throws Exception {
        var md = md5Hex((URL + "s3cret").getBytes(StandardCharsets.UTF_8)).toUpperCase(Locale.ROOT);

        assertThat(ChilliUam.verifyMd(URL, md, "s3cret")).isTrue();
    }

    @Test
    void rejectsMdOverAChangedUrlOrWithAnotherSecret() throws Exception {
        var md = md5Hex((URL + "s3cret").getBytes(StandardCharsets.UTF_8)).toUpperCase(Locale.ROOT);

        assertThat(ChilliUam.verifyMd(URL.replace("10.1.0.5", "10.1.0.6"), md, "s3cret")).isFalse();
        assertThat(ChilliUam.verifyMd(URL, md, "other")).isFalse();
        assertThat(ChilliUam.verifyMd(URL, null, "s3cret")).isFalse();
    }

    @Test
    void responseIsChapOverMd5OfChallengeAndSecret() throws Exception {
        var challenge = HexFormat.of().parseHex("0123456789abcdef0123456789abcdef");
        var k = MessageDigest.getInstance("MD5");
        k.update(challenge);
        k.update("s3cret".getBytes(StandardCharsets.UTF_8));
        var expected = md5Hex(new byte[] {0}, "pw123".getBytes(StandardCharsets.UTF_8), k.digest());

        assertThat(ChilliUam.response("0123456789abcdef0123456789abcdef", "s3cret", "pw123")).isEqualTo(expected);
    }

    @Test
    void responseWithoutSecretUsesTheRawChallenge() throws Exception {
        var challenge = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
        var expected = md5Hex(new byte[] {0}, "pw".getBytes(StandardCharsets.UTF_8), challenge);

        assertThat(ChilliUam.response("00112233445566778899AABBCCDDEEFF", "", "pw")).isEqualTo(expected);
    }
}
