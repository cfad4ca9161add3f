package id.pita.engine.radius.server;

import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.radius.packet.PacketCode;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;

/**
 * Answers retransmissions from the {@link DuplicateCache} and drops those still in flight, so that a
 * request is processed once [RFC 5080 §2.2.2]. Runs after authentication, so a forged packet can
 * neither read a cached answer nor occupy the cache. Thread-safe.
 */
@Sharable
final class DuplicateFilter extends SimpleChannelInboundHandler<RadiusRequest> {
    private final DuplicateCache cache;
    private final Drops drops;
    private final EngineMetrics metrics;

    DuplicateFilter(DuplicateCache cache, Drops drops, EngineMetrics metrics) {
        super(RadiusRequest.class);
        this.cache = cache;
        this.drops = drops;
        this.metrics = metrics;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, RadiusRequest request) {
        var seen = cache.begin(request.key());
        if (seen instanceof DuplicateCache.InFlight) {
            drops.drop(Drop.DUPLICATE_IN_FLIGHT, request.sender(), "retransmission of id "
                    + request.packet().identifier() + " while the first is in progress");
        } else if (seen instanceof DuplicateCache.Answered) {
            metrics.radiusEvent("duplicate-answered");
            var bytes = ((DuplicateCache.Answered) seen).response();
            var type = PacketTypes.label(PacketCode.valueOf(bytes[0] & 0xFF));
            ctx.channel().writeAndFlush(new RadiusResponse(bytes, request.sender(), type, request.receivedNanos()));
        } else {
            ctx.fireChannelRead(request);
        }
    }
}
