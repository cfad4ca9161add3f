package id.pita.engine.radius.server;

import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.engine.gateway.GatewayMonitor;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;

/**
 * Proves a request came from its gateway: the accounting Request Authenticator [RFC 2866 §3], and
 * Message-Authenticator [RFC 3579 §3.2] whenever present, required on Status-Server [RFC 5997 §3] and
 * on Access-Request per the gateway's policy (BlastRADIUS, CVE-2024-3596): REQUIRE always, AUTO once
 * the gateway has sent a valid one (remembered by the {@link GatewayMonitor}, which the store keeps
 * across restarts), OFF never (accepted and counted). Thread-safe.
 */
@Sharable
final class AuthenticityFilter extends SimpleChannelInboundHandler<RadiusRequest> {
    private final Drops drops;
    private final EngineMetrics metrics;
    private final GatewayMonitor monitor;

    AuthenticityFilter(Drops drops, EngineMetrics metrics, GatewayMonitor monitor) {
        super(RadiusRequest.class);
        this.drops = drops;
        this.metrics = metrics;
        this.monitor = monitor;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, RadiusRequest request) {
        var packet = request.packet();
        var secret = request.secret();
        if (packet.code().equals(PacketCode.ACCOUNTING_REQUEST)
                && !Authenticators.verifyRequestAuthenticator(packet, secret)) {
            drops.drop(Drop.BAD_AUTHENTICATOR, request.sender(), "Request Authenticator does not match the secret");
            return;
        }
        boolean hasMa = packet.attribute(AttributeType.MESSAGE_AUTHENTICATOR).isPresent();
        if (hasMa && !Authenticators.verifyRequestMessageAuthenticator(packet, secret)) {
            drops.drop(Drop.BAD_MESSAGE_AUTHENTICATOR, request.sender(), "Message-Authenticator does not match");
            return;
        }
        if (hasMa) {
            monitor.signedRequest(request.gateway().id());
        } else if (mustSign(request)) {
            drops.drop(Drop.MISSING_MESSAGE_AUTHENTICATOR, request.sender(), packet.code().name()
                    + " without Message-Authenticator from gateway " + request.gateway().id());
            return;
        } else if (packet.code().equals(PacketCode.ACCESS_REQUEST)) {
            metrics.radiusEvent("unsigned-access-request-accepted");
            monitor.unsignedRequest(request.gateway().id());
        }
        if (packet.code().equals(PacketCode.ACCESS_REQUEST)) {
            monitor.accessRequest(request.gateway().id());
        } else if (packet.code().equals(PacketCode.ACCOUNTING_REQUEST)) {
            monitor.accounting(request.gateway().id());
        }
        ctx.fireChannelRead(request);
    }

    private boolean mustSign(RadiusRequest request) {
        var code = request.packet().code();
        if (code.equals(PacketCode.STATUS_SERVER)) {
            return true;
        }
        if (!code.equals(PacketCode.ACCESS_REQUEST)) {
            return false;
        }
        var policy = request.gateway().messageAuthenticator();
        return policy == MessageAuthenticatorPolicy.REQUIRE
                || policy == MessageAuthenticatorPolicy.AUTO && monitor.signs(request.gateway().id());
    }
}
