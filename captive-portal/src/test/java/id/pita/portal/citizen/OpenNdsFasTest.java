package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class OpenNdsFasTest {
    static String fas(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesTheCommaSpaceListInOrder() {
        var f = OpenNdsFas.parseFas(fas("hid=abc123, clientip=192.168.8.20, clientmac=aa:bb:cc:dd:ee:01, "
                + "gatewayname=Taman%20Kota, gatewayaddress=192.168.8.1:2050, originurl=http%3A%2F%2Fx.id%2F%3Fa%3Db, "
                + "custom=a=b"));

        assertThat(f).containsEntry("hid", "abc123").containsEntry("clientip", "192.168.8.20")
                .containsEntry("gatewayname", "Taman%20Kota").containsEntry("gatewayaddress", "192.168.8.1:2050")
                .containsEntry("originurl", "http%3A%2F%2Fx.id%2F%3Fa%3Db").containsEntry("custom", "a=b");
        assertThat(f.keySet()).startsWith("hid", "clientip", "clientmac");
    }

    @Test
    void rhidIsSha256HexOfHidThenFaskey() throws Exception {
        var expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("5f2b9c0e11aa".concat("kunci-fas").getBytes(StandardCharsets.UTF_8)));

        assertThat(OpenNdsFas.rhid("5f2b9c0e11aa", "kunci-fas")).isEqualTo(expected).hasSize(64);
    }

    @Test
    void rawUrlEncodeMatchesPhp() {
        assertThat(OpenNdsFas.rawUrlEncode("ab 1 60 0 0 0 0 none")).isEqualTo("ab%201%2060%200%200%200%200%20none");
        assertThat(OpenNdsFas.rawUrlEncode("http://x.id/?a=b~c")).isEqualTo("http%3A%2F%2Fx.id%2F%3Fa%3Db~c");
    }

    @Test
    void admissionLineHasSevenFields() {
        var line = OpenNdsFas.admissionLine("r1", new Admission(120, 512, 2048, 0, 500_000), null);

        assertThat(line).isEqualTo("r1 120 512 2048 0 500000 none");
    }
}
