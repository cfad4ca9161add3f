package id.pita.engine.radius.server;

import id.pita.core.InvalidValueException;
import id.pita.engine.accounting.AccountingSink;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusDecodeException;
import id.pita.engine.radius.packet.RadiusPacket;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands authenticated, first-seen requests to their flow on the worker executor, queued per gateway
 * ({@link FairWorkers}; never blocking the event loop) and sends the outcome: Access-Accept/Reject, Accounting-Response only once the sink's
 * stage completes [RFC 2866 §2], or Status-Server's answer [RFC 5997 §3]. Thread-safe.
 */
@Sharable
final class RequestDispatcher extends SimpleChannelInboundHandler<RadiusRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);
    private final AccessFlow access;
    private final AccountingFlow accounting;
    private final AccountingSink sink;
    private final KeyedExecutor workers;
    private final Responder responder;
    private final InFlight inFlight;
    private final EngineMetrics metrics;
    private final Clock clock;

    RequestDispatcher(AccessFlow access, AccountingFlow accounting, AccountingSink sink, KeyedExecutor workers,
                      Responder responder, InFlight inFlight, EngineMetrics metrics, Clock clock) {
        super(RadiusRequest.class);
        this.access = access;
        this.accounting = accounting;
        this.sink = sink;
        this.workers = workers;
        this.responder = responder;
        this.inFlight = inFlight;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, RadiusRequest request) {
        inFlight.begin();
        var channel = ctx.channel();
        var code = request.packet().code();
        if (code.equals(PacketCode.STATUS_SERVER)) {
            responder.respond(channel, request, statusReply(request));
            return;
        }
        Runnable work = code.equals(PacketCode.ACCESS_REQUEST) ? () -> accessRequest(channel, request)
                : () -> accountingRequest(channel, request);
        try {
            workers.execute(request.gateway().id(), work);
        } catch (RejectedExecutionException e) {
            responder.abandon(request, Drop.OVERLOAD, "worker queue full or stopped");
        }
    }

    private void accessRequest(Channel channel, RadiusRequest request) {
        RadiusPacket response;
        try {
            response = access.handle(request);
        } catch (RadiusDecodeException | InvalidValueException e) {
            responder.abandon(request, Drop.BAD_ATTRIBUTE, e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.error("Access handler failed for a request from {}", request.sender(), e);
            responder.abandon(request, Drop.HANDLER_FAILED, e.getClass().getSimpleName());
            return;
        }
        responder.respond(channel, request, response);
    }

    private void accountingRequest(Channel channel, RadiusRequest request) {
        try {
            var record = accounting.record(request, clock.instant());
            if (record.isEmpty()) {
                metrics.radiusEvent("accounting-ignored");
                responder.respond(channel, request, AccountingFlow.response(request.packet()));
                return;
            }
            sink.record(record.get()).whenComplete((ok, failure) -> {
                if (failure == null) {
                    responder.respond(channel, request, AccountingFlow.response(request.packet()));
                } else {
                    responder.abandon(request, Drop.SINK_FAILED, "accounting not stored: " + failure);
                }
            });
        } catch (RadiusDecodeException | InvalidValueException e) {
            responder.abandon(request, Drop.BAD_ATTRIBUTE, e.getMessage());
        } catch (RuntimeException e) {
            responder.abandon(request, Drop.SINK_FAILED, "accounting sink threw " + e);
        }
    }

    /** Access-Accept on the auth port, Accounting-Response on accounting, with Message-Authenticator [RFC 5997 §3]. */
    private static RadiusPacket statusReply(RadiusRequest request) {
        var code = request.role() == PortRole.ACCOUNTING ? PacketCode.ACCOUNTING_RESPONSE : PacketCode.ACCESS_ACCEPT;
        return RadiusPacket.of(code, request.packet().identifier(),
                List.of(RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16])));
    }
}
