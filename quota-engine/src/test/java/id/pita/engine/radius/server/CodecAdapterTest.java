package id.pita.engine.radius.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusPacket;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The datagram decoder and encoder alone on an EmbeddedChannel; buffers are checked for release. */
class CodecAdapterTest {
    static final InetSocketAddress PEER = new InetSocketAddress("127.0.0.1", 5000);
    static final InetSocketAddress LOCAL = new InetSocketAddress("127.0.0.1", 1812);
    final EngineMetrics metrics = new EngineMetrics();
    final Drops drops = new Drops(metrics, Clock.systemUTC());

    @Test
    void decodesADatagramIntoARequestAndReleasesIt() {
        var channel = new EmbeddedChannel(new RadiusDatagramDecoder(metrics, drops, PortRole.AUTH));
        var bytes = Fixtures.papRequest(3, "budi", "x", true, new java.util.Random(1)).encode();
        var datagram = new DatagramPacket(Unpooled.wrappedBuffer(bytes), LOCAL, PEER);
        assertThat(channel.writeInbound(datagram)).isTrue();
        RadiusRequest request = channel.readInbound();
        assertThat(request.packet().encode()).isEqualTo(bytes);
        assertThat(request.sender()).isEqualTo(PEER);
        assertThat(request.role()).isEqualTo(PortRole.AUTH);
        assertThat(datagram.refCnt()).isZero();
        assertThat(metrics.radiusPackets().get("in", "access-request")).isEqualTo(1);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void dropsMalformedAndWrongPortDatagramsAndReleasesThem() {
        var channel = new EmbeddedChannel(new RadiusDatagramDecoder(metrics, drops, PortRole.ACCOUNTING));
        var junk = new DatagramPacket(Unpooled.wrappedBuffer(new byte[] {1, 2, 3}), LOCAL, PEER);
        var access = new DatagramPacket(Unpooled.wrappedBuffer(
                Fixtures.papRequest(3, "budi", "x", true, new java.util.Random(1)).encode()), LOCAL, PEER);
        assertThat(channel.writeInbound(junk, access)).isFalse();
        assertThat(junk.refCnt()).isZero();
        assertThat(access.refCnt()).isZero();
        assertThat(metrics.radiusDrops().get("malformed")).isEqualTo(1);
        assertThat(metrics.radiusDrops().get("unexpected-code")).isEqualTo(1);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void encodesAResponseToADatagramForItsRecipient() {
        var channel = new EmbeddedChannel(new RadiusResponseEncoder(metrics));
        var bytes = RadiusPacket.of(PacketCode.ACCOUNTING_RESPONSE, 1, List.of()).encode();
        assertThat(channel.writeOutbound(new RadiusResponse(bytes, PEER, "accounting-response", System.nanoTime())))
                .isTrue();
        DatagramPacket out = channel.readOutbound();
        try {
            assertThat(out.recipient()).isEqualTo(PEER);
            var written = new byte[out.content().readableBytes()];
            out.content().readBytes(written);
            assertThat(written).isEqualTo(bytes);
        } finally {
            out.release();
        }
        assertThat(metrics.radiusLatency().count()).isEqualTo(1);
        assertThat(channel.finish()).isFalse();
    }
}
