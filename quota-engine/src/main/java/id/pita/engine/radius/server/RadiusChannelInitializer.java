package id.pita.engine.radius.server;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.DatagramChannel;

/**
 * Builds the pipeline of one RADIUS port. Inbound runs top to bottom, outbound bottom to top:
 * <pre>
 *   "encoder"        RadiusResponse -> DatagramPacket (outbound; counts out, latency)
 *   "limit"          per-gateway token bucket on the datagram as read (source lookup only): a flooding
 *                    gateway's excess dropped before any decoding or crypto
 *   "decoder"        DatagramPacket -> RadiusRequest; malformed or wrong-port codes dropped
 *   "gateway"        source address -> Gateway; strangers dropped before any crypto is spent
 *   "authenticity"   Request Authenticator / Message-Authenticator, BlastRADIUS policy
 *   "duplicates"     after authenticity, so forged packets never reach or fill the cache
 *   "dispatcher"     Access / Accounting / Status-Server, work off the event loop
 *   "exceptions"     tail: counts and logs whatever is left; never closes the channel
 * </pre>
 * Every handler is {@code @Sharable} and stateless or thread-safe, shared by both ports.
 */
final class RadiusChannelInitializer extends ChannelInitializer<DatagramChannel> {
    private final RadiusHandlers handlers;
    private final PortRole role;

    RadiusChannelInitializer(RadiusHandlers handlers, PortRole role) {
        this.handlers = handlers;
        this.role = role;
    }

    @Override
    protected void initChannel(DatagramChannel channel) {
        handlers.addTo(channel.pipeline(), role);
    }
}
