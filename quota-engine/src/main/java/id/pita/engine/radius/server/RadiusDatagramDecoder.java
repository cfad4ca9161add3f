package id.pita.engine.radius.server;

import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.radius.packet.RadiusDecodeException;
import id.pita.engine.radius.packet.RadiusPacket;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Datagram to {@link RadiusRequest}; datagrams longer than 4,096 octets [RFC 2865 §3], undecodable
 * datagrams, and codes this port does not serve, are dropped and counted. Stateless.
 */
@Sharable
final class RadiusDatagramDecoder extends MessageToMessageDecoder<DatagramPacket> {
    private static final Logger LOG = LoggerFactory.getLogger(RadiusDatagramDecoder.class);
    private final EngineMetrics metrics;
    private final Drops drops;
    private final PortRole role;

    RadiusDatagramDecoder(EngineMetrics metrics, Drops drops, PortRole role) {
        super(DatagramPacket.class);
        this.metrics = metrics;
        this.drops = drops;
        this.role = role;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, DatagramPacket datagram, List<Object> out) {
        long now = System.nanoTime();
        int octets = datagram.content().readableBytes();
        if (Datagrams.oversized(octets)) {
            metrics.radiusPacketIn("oversized");
            drops.drop(Drop.OVERSIZED, datagram.sender(), "datagram of more than " + RadiusPacket.MAX_LENGTH
                    + " octets (read " + octets + ")");
            return;
        }
        RadiusPacket packet;
        try {
            packet = RadiusPacket.decode(datagram.content());
        } catch (RadiusDecodeException e) {
            metrics.radiusPacketIn("malformed");
            drops.drop(Drop.MALFORMED, datagram.sender(), e.getMessage());
            return;
        }
        metrics.radiusPacketIn(PacketTypes.label(packet.code()));
        if (!role.serves(packet.code())) {
            drops.drop(Drop.UNEXPECTED_CODE, datagram.sender(), packet.code() + " on the " + role + " port");
            return;
        }
        LOG.debug("Received {} from {}", packet, datagram.sender());
        out.add(new RadiusRequest(packet, datagram.sender(), datagram.recipient(), role, now, null));
    }
}
