package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class MikrotikLoginTest {
    @Test
    void decodesOctalEscapesToRawBytes() {
        assertThat(MikrotikLogin.decodeOctal("\\357\\033\\000\\377\\101"))
                .containsExactly(0xEF, 0x1B, 0x00, 0xFF, 0x41);
    }

    @Test
    void keepsUnescapedCharactersAsTheirOwnByte() {
        assertThat(MikrotikLogin.decodeOctal("a\\101z")).containsExactly('a', 'A', 'z');
    }

    @Test
    void rejectsTrailingBackslashAndOutOfRangeEscapes() {
        assertThatThrownBy(() -> MikrotikLogin.decodeOctal("\\357\\")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MikrotikLogin.decodeOctal("\\777")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyMeansPap() {
        assertThat(MikrotikLogin.decodeOctal("")).isNull();
        assertThat(MikrotikLogin.decodeOctal(null)).isNull();
    }

    @Test
    void chapPasswordIsHexMd5OfIdPasswordChallenge() throws Exception {
        var id = new byte[] {(byte) 0xEF};
        var challenge = HexFormat.of().parseHex("1b0e7f3c4d5a69788796a5b4c3d2e1f0");
        var md = MessageDigest.getInstance("MD5");
        md.update((byte) 0xEF);
        md.update("rahasia123".getBytes(StandardCharsets.US_ASCII));
        md.update(challenge);
        var expected = HexFormat.of().formatHex(md.digest());

        assertThat(MikrotikLogin.chapPassword(id, "rahasia123", challenge)).isEqualTo(expected).hasSize(32);
    }

    @Test
    void chapPasswordOfAnOctalChallengeMatchesTheRouterScript() throws Exception {
        // What hexMD5('\357' + 'pw' + '\033\001') computes in MikroTik's md5.js: MD5 over the raw bytes.
        var raw = new byte[] {(byte) 0357, 'p', 'w', 033, 001};
        var expected = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(raw));

        assertThat(MikrotikLogin.chapPassword(MikrotikLogin.decodeOctal("\\357"), "pw",
                MikrotikLogin.decodeOctal("\\033\\001"))).isEqualTo(expected);
    }
}
