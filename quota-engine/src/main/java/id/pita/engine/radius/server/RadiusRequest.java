package id.pita.engine.radius.server;

import id.pita.core.district.Gateway;
import id.pita.engine.radius.packet.RadiusPacket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A decoded request travelling up the pipeline. {@code gateway} is null until the source check has
 * run; {@code receivedNanos} is {@link System#nanoTime()} at decode, for the latency histogram.
 */
record RadiusRequest(RadiusPacket packet, InetSocketAddress sender, InetSocketAddress recipient, PortRole role,
                     long receivedNanos, Gateway gateway) {
    RadiusRequest withGateway(Gateway g) {
        return new RadiusRequest(packet, sender, recipient, role, receivedNanos, g);
    }

    byte[] secret() {
        return gateway.secret().getBytes(StandardCharsets.UTF_8);
    }

    /** Identity of a request for duplicate detection [RFC 5080 §2.2.2]. */
    DuplicateCache.Key key() {
        return new DuplicateCache.Key(sender, role, packet.identifier(), packet.authenticator());
    }
}
