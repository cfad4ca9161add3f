package id.pita.engine.radius.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every single-bit corruption of valid packets either fails to decode with RadiusDecodeException
 * or decodes into a packet whose authenticator check fails: nothing else escapes.
 */
class CorruptionTest {
    static final byte[] SECRET = "xyzzy5461".getBytes(StandardCharsets.US_ASCII);

    @Test
    void everySingleBitFlipOfASignedAccountingRequestFailsDecodeOrVerification() {
        var acct = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCOUNTING_REQUEST, 5, List.of(
                RadiusAttribute.ofInt(40, 3), RadiusAttribute.ofString(44, "sess-1"),
                RadiusAttribute.ofInt(42, 123456), RadiusAttribute.ofInt(52, 1),
                RadiusAttribute.vendor(14988, 8, "1M/2M".getBytes()))), SECRET).encode();
        assertFlipsDetected(acct, p -> Authenticators.verifyRequestAuthenticator(p, SECRET));
    }

    @Test
    void everySingleBitFlipOfASignedAccessRequestFailsDecodeOrMessageAuthenticator() {
        var req = Authenticators.signRequest(RadiusPacket.decode(Rfc2865ExamplesTest.PAP_REQUEST)
                .withAttribute(RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16])), SECRET)
                .encode();
        assertFlipsDetected(req, p -> Authenticators.verifyRequestMessageAuthenticator(p, SECRET));
    }

    @Test
    void everySingleBitFlipOfTheRfcAcceptFailsDecodeOrResponseVerification() {
        var requestAuth = RadiusPacket.decode(Rfc2865ExamplesTest.PAP_REQUEST).authenticator();
        assertFlipsDetected(Rfc2865ExamplesTest.PAP_ACCEPT,
                p -> Authenticators.verifyResponse(p, requestAuth, SECRET));
    }

    private static void assertFlipsDetected(byte[] valid, java.util.function.Predicate<RadiusPacket> verify) {
        assertThat(verify.test(RadiusPacket.decode(valid))).isTrue();
        int decoded = 0;
        for (int bit = 0; bit < valid.length * 8; bit++) {
            var copy = valid.clone();
            copy[bit / 8] ^= (byte) (1 << (bit % 8));
            try {
                var p = RadiusPacket.decode(copy);
                decoded++;
                assertThat(verify.test(p)).as("bit %d flipped still verifies", bit).isFalse();
            } catch (RadiusDecodeException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
        assertThat(decoded).as("most flips decode and must be caught by the authenticator").isPositive();
    }
}
