package id.pita.engine.radius.packet;

import static id.pita.engine.radius.packet.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RadiusPacketTest {
    @Test
    void rejectsDatagramsShorterThanAHeader() {
        assertThatThrownBy(() -> RadiusPacket.decode(new byte[19]))
                .isInstanceOf(RadiusDecodeException.class).hasMessageContaining("shorter than a header");
    }

    @Test
    void rejectsLengthFieldOutside20To4096() {
        var p = Arrays.copyOf(Rfc2865ExamplesTest.PAP_REQUEST, 5000);
        p[2] = 0x10;
        p[3] = 0x01; // 4097
        assertThatThrownBy(() -> RadiusPacket.decode(p)).isInstanceOf(RadiusDecodeException.class)
                .hasMessageContaining("outside 20..4096");
        var q = Rfc2865ExamplesTest.PAP_REQUEST.clone();
        q[3] = 19;
        q[2] = 0;
        assertThatThrownBy(() -> RadiusPacket.decode(q)).isInstanceOf(RadiusDecodeException.class);
    }

    @Test
    void rejectsLengthFieldBeyondTheDatagramAndIgnoresTrailingPadding() {
        var truncated = Arrays.copyOf(Rfc2865ExamplesTest.PAP_REQUEST, 55);
        assertThatThrownBy(() -> RadiusPacket.decode(truncated)).isInstanceOf(RadiusDecodeException.class)
                .hasMessageContaining("exceeds the 55 octets");
        var padded = Arrays.copyOf(Rfc2865ExamplesTest.PAP_REQUEST, 70);
        assertThat(RadiusPacket.decode(padded).encode()).isEqualTo(Rfc2865ExamplesTest.PAP_REQUEST);
    }

    @Test
    void rejectsAttributeLengthsUnderTwoOrPastThePacket() {
        var zeroLen = bytes("01 00 0016 00000000000000000000000000000000 01 00");
        assertThatThrownBy(() -> RadiusPacket.decode(zeroLen)).hasMessageContaining("has length 0");
        var past = bytes("01 00 0017 00000000000000000000000000000000 01 05 41");
        assertThatThrownBy(() -> RadiusPacket.decode(past)).hasMessageContaining("runs past the packet");
        var stray = bytes("01 00 0015 00000000000000000000000000000000 01");
        assertThatThrownBy(() -> RadiusPacket.decode(stray)).hasMessageContaining("stray octet");
    }

    @Test
    void keepsUnknownCodesAndAttributesByteForByte() {
        var raw = bytes("fe 2a 0026 000102030405060708090a0b0c0d0e0f"
                + "f1 03 ff"                            // unknown type 241
                + "1a 0c 00009999 01 03 41 02 03 42"    // VSA with two sub-attributes
                + "1a 03 00");                          // malformed VSA, kept opaque
        var p = RadiusPacket.decode(raw);
        assertThat(p.code().value()).isEqualTo(254);
        assertThat(p.code().isKnown()).isFalse();
        assertThat(p.code()).isEqualTo(PacketCode.valueOf(254));
        assertThat(p.attributes()).hasSize(3);
        assertThat(p.attributes().get(1).isVendorSpecific()).isFalse();
        assertThat(p.encode()).isEqualTo(raw);
    }

    @Test
    void decodesFromByteBufWithoutConsumingIt() {
        var buf = Unpooled.wrappedBuffer(Rfc2865ExamplesTest.PAP_REQUEST);
        try {
            assertThat(RadiusPacket.decode(buf).identifier()).isZero();
            assertThat(buf.readableBytes()).isEqualTo(56);
        } finally {
            buf.release();
        }
    }

    @Test
    void vendorAttributesRoundTripAndReadBack() {
        var vsa = RadiusAttribute.vendor(14988, 8, "512k/2M".getBytes());
        assertThat(Hex.hex(vsa.value())).isEqualTo("00003a8c" + "08" + "09" + "3531326b2f324d");
        var p = RadiusPacket.of(PacketCode.ACCESS_ACCEPT, 1, List.of(vsa));
        var back = RadiusPacket.decode(p.encode());
        assertThat(back.vendorAttribute(14988, 8).orElseThrow().asString()).isEqualTo("512k/2M");
        assertThat(back.vendorAttribute(14988, 8).orElseThrow().vendorId()).isEqualTo(14988);
    }

    @Test
    void changesReturnCopies() {
        var p = RadiusPacket.decode(Rfc2865ExamplesTest.PAP_REQUEST);
        var q = p.withIdentifier(9).withoutAttribute(5).withAttribute(RadiusAttribute.ofInt(27, 60));
        assertThat(p.identifier()).isZero();
        assertThat(p.attributes()).hasSize(4);
        assertThat(q.identifier()).isEqualTo(9);
        assertThat(q.attributes()).extracting(RadiusAttribute::type).containsExactly(1, 2, 4, 27);
        var auth = p.authenticator();
        auth[0] = 0;
        assertThat(p.authenticator()[0]).isEqualTo((byte) 0x0f);
    }

    @Test
    void toStringNeverShowsPasswords() {
        var p = RadiusPacket.decode(Rfc2865ExamplesTest.PAP_REQUEST);
        assertThat(p.toString()).contains("Access-Request").contains("<hidden 16 octets>")
                .doesNotContain("0dbe708d");
    }

    @Test
    void refusesToEncodeMoreThan4096Octets() {
        var big = RadiusAttribute.of(18, new byte[253]);
        var p = RadiusPacket.of(PacketCode.ACCESS_ACCEPT, 1, java.util.Collections.nCopies(17, big));
        assertThatThrownBy(p::encode).isInstanceOf(IllegalStateException.class);
    }
}
