package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.session.MacAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class MacHasherTest {
    private static final byte[] KEY = "0123456789abcdef-server-key".getBytes(StandardCharsets.US_ASCII);

    @Test
    void hashIsTruncatedHmacSha256OfTheCanonicalMac() throws Exception {
        var hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        var expected = HexFormat.of().formatHex(hmac.doFinal("AA:BB:CC:DD:EE:FF".getBytes(StandardCharsets.US_ASCII)))
                .substring(0, 32);

        assertThat(new MacHasher(KEY).hash(MacAddress.parse("aa-bb-cc-dd-ee-ff"))).isEqualTo(expected);
    }

    @Test
    void anotherKeyGivesAnotherHash() {
        var mac = MacAddress.parse("AA:BB:CC:DD:EE:FF");
        var other = "fedcba9876543210-server-key".getBytes(StandardCharsets.US_ASCII);

        assertThat(new MacHasher(KEY).hash(mac)).isNotEqualTo(new MacHasher(other).hash(mac));
    }
}
