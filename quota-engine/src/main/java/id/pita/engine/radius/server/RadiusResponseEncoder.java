package id.pita.engine.radius.server;

import id.pita.engine.metrics.EngineMetrics;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/** {@link RadiusResponse} to datagram; counts it and records request-to-response latency. Stateless. */
@Sharable
final class RadiusResponseEncoder extends MessageToMessageEncoder<RadiusResponse> {
    private final EngineMetrics metrics;

    RadiusResponseEncoder(EngineMetrics metrics) {
        super(RadiusResponse.class);
        this.metrics = metrics;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, RadiusResponse response, List<Object> out) {
        out.add(new DatagramPacket(Unpooled.wrappedBuffer(response.datagram()), response.recipient()));
        metrics.radiusPacketOut(response.type(), System.nanoTime() - response.requestNanos());
    }
}
