package id.pita.engine.radius.server;

import id.pita.engine.GatewayDirectory;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;

/** Attaches the gateway the request came from; drops requests from unknown addresses [RFC 2865 §3]. */
@Sharable
final class GatewayFilter extends SimpleChannelInboundHandler<RadiusRequest> {
    private final GatewayDirectory gateways;
    private final Drops drops;

    GatewayFilter(GatewayDirectory gateways, Drops drops) {
        super(RadiusRequest.class);
        this.gateways = gateways;
        this.drops = drops;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, RadiusRequest request) {
        var gateway = gateways.byAddress(request.sender().getAddress());
        if (gateway.isEmpty() || gateway.get().secret().isEmpty()) {
            drops.drop(Drop.UNKNOWN_SOURCE, request.sender(), "no RADIUS gateway has this address");
            return;
        }
        ctx.fireChannelRead(request.withGateway(gateway.get()));
    }
}
