package id.pita.engine.radius.server;

import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.RadiusPacket;
import io.netty.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a request: signs and sends its response and remembers it for retransmissions, or abandons it
 * (no answer; its retransmission will be processed afresh). Safe from any thread. Thread-safe.
 */
final class Responder {
    private static final Logger LOG = LoggerFactory.getLogger(Responder.class);
    private final DuplicateCache cache;
    private final Drops drops;
    private final InFlight inFlight;

    Responder(DuplicateCache cache, Drops drops, InFlight inFlight) {
        this.cache = cache;
        this.drops = drops;
        this.inFlight = inFlight;
    }

    /**
     * The request stays in flight until its response has left the channel, not merely been queued:
     * otherwise a close could shut the event loop down (closing the channel) between the queueing
     * and the write, and a durable accounting record would go unanswered.
     */
    void respond(Channel channel, RadiusRequest request, RadiusPacket unsigned) {
        RadiusResponse response;
        try {
            var signed = Authenticators.signResponse(unsigned, request.packet().authenticator(), request.secret());
            var bytes = signed.encode();
            cache.answer(request.key(), bytes);
            LOG.debug("Sending {} to {}", signed, request.sender());
            response = new RadiusResponse(bytes, request.sender(), PacketTypes.label(signed.code()),
                    request.receivedNanos());
        } catch (RuntimeException e) {
            inFlight.end();
            throw e;
        }
        channel.writeAndFlush(response).addListener(written -> inFlight.end());
    }

    void abandon(RadiusRequest request, Drop reason, String detail) {
        try {
            cache.forget(request.key());
            drops.drop(reason, request.sender(), detail);
        } finally {
            inFlight.end();
        }
    }
}
