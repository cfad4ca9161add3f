package id.pita.engine.radius.packet;

import static id.pita.engine.radius.packet.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AuthenticatorsTest {
    static final byte[] SECRET = "testing123".getBytes(StandardCharsets.US_ASCII);
    static final byte[] REQUEST_AUTH = bytes("0102030405060708090a0b0c0d0e0f10");

    @Test
    void accessRequestMessageAuthenticatorIsHmacMd5OverThePacketWithTheAttributeZeroed() throws Exception {
        var request = RadiusPacket.of(PacketCode.ACCESS_REQUEST, 7, REQUEST_AUTH, List.of(
                RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]),
                RadiusAttribute.ofString(AttributeType.USER_NAME, "budi")));
        var signed = Authenticators.signRequest(request, SECRET);

        var zeroed = bytes("01 07 002c"                // Access-Request, id 7, length 44
                + "0102030405060708090a0b0c0d0e0f10"   // the request's own authenticator
                + "50 12 00000000000000000000000000000000" // Message-Authenticator (80), zeroed
                + "01 06 62756469");                   // User-Name "budi"
        var expected = hmacMd5(SECRET, zeroed);
        assertThat(signed.attribute(AttributeType.MESSAGE_AUTHENTICATOR).orElseThrow().value()).isEqualTo(expected);
        assertThat(signed.authenticator()).isEqualTo(REQUEST_AUTH);
        assertThat(Authenticators.verifyRequestMessageAuthenticator(signed, SECRET)).isTrue();
        assertThat(Authenticators.verifyRequestMessageAuthenticator(signed, "other".getBytes())).isFalse();
    }

    @Test
    void responseMessageAuthenticatorCoversTheRequestAuthenticatorThenResponseAuthenticatorCoversIt()
            throws Exception {
        var accept = RadiusPacket.of(PacketCode.ACCESS_ACCEPT, 7, List.of(
                RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]),
                RadiusAttribute.ofInt(27, 3600)));
        var signed = Authenticators.signResponse(accept, REQUEST_AUTH, SECRET);

        var zeroed = bytes("02 07 002c" + "0102030405060708090a0b0c0d0e0f10"
                + "50 12 00000000000000000000000000000000" + "1b 06 00000e10");
        var ma = hmacMd5(SECRET, zeroed);
        assertThat(signed.attributes().get(0).value()).isEqualTo(ma);
        var withMa = bytes("02 07 002c" + "0102030405060708090a0b0c0d0e0f10" + "50 12" + Hex.hex(ma)
                + "1b 06 00000e10");
        var md5 = MessageDigest.getInstance("MD5");
        md5.update(withMa);
        md5.update(SECRET);
        assertThat(signed.authenticator()).isEqualTo(md5.digest());
        assertThat(Authenticators.verifyResponse(signed, REQUEST_AUTH, SECRET)).isTrue();
        assertThat(Authenticators.verifyResponseMessageAuthenticator(signed, REQUEST_AUTH, SECRET)).isTrue();
        assertThat(Authenticators.verifyResponse(signed, new byte[16], SECRET)).isFalse();
    }

    @Test
    void messageAuthenticatorIsVerifiedInAnyPositionAsRecentRouterOsPutsItLast() {
        var last = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCESS_REQUEST, 8, REQUEST_AUTH, List.of(
                RadiusAttribute.ofString(AttributeType.USER_NAME, "budi"),
                RadiusAttribute.ofString(32, "MikroTik"),
                RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]))), SECRET);
        var decoded = RadiusPacket.decode(last.encode());
        assertThat(decoded.attributes().get(2).type()).isEqualTo(AttributeType.MESSAGE_AUTHENTICATOR);
        assertThat(Authenticators.verifyRequestMessageAuthenticator(decoded, SECRET)).isTrue();
        var tampered = last.encode();
        tampered[tampered.length - 20] ^= 1;   // a bit of NAS-Identifier, before the attribute
        assertThat(Authenticators.verifyRequestMessageAuthenticator(RadiusPacket.decode(tampered), SECRET)).isFalse();
    }

    @Test
    void accountingRequestAuthenticatorIsMd5OverZeroAuthenticatorAndSecret() throws Exception {
        var acct = RadiusPacket.of(PacketCode.ACCOUNTING_REQUEST, 9, List.of(RadiusAttribute.ofInt(40, 1)));
        var signed = Authenticators.signRequest(acct, SECRET);
        var md5 = MessageDigest.getInstance("MD5");
        md5.update(bytes("04 09 001a 00000000000000000000000000000000 28 06 00000001"));
        md5.update(SECRET);
        assertThat(signed.authenticator()).isEqualTo(md5.digest());
        assertThat(Authenticators.verifyRequestAuthenticator(signed, SECRET)).isTrue();
        assertThat(Authenticators.verifyRequestAuthenticator(signed, "wrong".getBytes())).isFalse();
    }

    @Test
    void coaRequestMessageAuthenticatorIsComputedOverZeroAuthenticator() throws Exception {
        var coa = RadiusPacket.of(PacketCode.COA_REQUEST, 3, List.of(
                RadiusAttribute.ofString(AttributeType.USER_NAME, "u"),
                RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16])));
        var signed = Authenticators.signRequest(coa, SECRET);
        var zeroed = bytes("2b 03 0029 00000000000000000000000000000000 01 03 75"
                + "50 12 00000000000000000000000000000000");
        assertThat(signed.attribute(AttributeType.MESSAGE_AUTHENTICATOR).orElseThrow().value())
                .isEqualTo(hmacMd5(SECRET, zeroed));
        assertThat(Authenticators.verifyRequestAuthenticator(signed, SECRET)).isTrue();
        assertThat(Authenticators.verifyRequestMessageAuthenticator(signed, SECRET)).isTrue();
    }

    @Test
    void rejectsTwoMessageAuthenticatorsOrAWrongLength() {
        var ma = RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]);
        var two = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCESS_REQUEST, 1, REQUEST_AUTH,
                List.of(ma, ma)), SECRET);
        assertThat(Authenticators.verifyRequestMessageAuthenticator(two, SECRET)).isFalse();
        var shortMa = RadiusPacket.of(PacketCode.ACCESS_REQUEST, 1, REQUEST_AUTH,
                List.of(RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[15])));
        assertThat(Authenticators.verifyRequestMessageAuthenticator(shortMa, SECRET)).isFalse();
        var none = RadiusPacket.of(PacketCode.ACCESS_REQUEST, 1, REQUEST_AUTH, List.of());
        assertThat(Authenticators.verifyRequestMessageAuthenticator(none, SECRET)).isFalse();
    }

    static byte[] hmacMd5(byte[] key, byte[] data) throws Exception {
        var mac = Mac.getInstance("HmacMD5");
        mac.init(new SecretKeySpec(key, "HmacMD5"));
        return mac.doFinal(data);
    }
}
