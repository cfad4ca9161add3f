package id.pita.portal.simulator;

import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.RadiusDecodeException;
import id.pita.engine.radius.packet.RadiusPacket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A gateway's RADIUS client: one UDP socket bound to the gateway's own address, so Pita sees the
 * gateway's source address. One exchange at a time; a request is retransmitted unchanged (same
 * identifier and authenticator, so the server's duplicate cache answers it) until a verified response
 * comes or the tries run out [RFC 5080 §2.2.1]. Thread-safe (exchanges are serialised).
 */
final class RadiusClient implements AutoCloseable {
    private final DatagramSocket socket;
    private final byte[] secret;
    private final Duration timeout;
    private final int tries;
    private int nextIdentifier;

    RadiusClient(InetAddress source, String secret, Duration timeout, int tries) {
        try {
            this.socket = new DatagramSocket(new InetSocketAddress(source, 0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind a RADIUS client to " + source.getHostAddress(), e);
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.timeout = timeout;
        this.tries = tries;
    }

    /** A fresh identifier for the next request. */
    synchronized int nextIdentifier() {
        nextIdentifier = (nextIdentifier + 1) & 0xFF;
        return nextIdentifier;
    }

    byte[] secret() {
        return secret.clone();
    }

    /**
     * Signs {@code unsigned} (Message-Authenticator and, for accounting, the Request Authenticator), sends
     * it and waits for a response with its identifier whose authenticators verify. Empty after all tries.
     */
    synchronized Optional<RadiusPacket> exchange(RadiusPacket unsigned, InetSocketAddress server) {
        var request = Authenticators.signRequest(unsigned, secret);
        var bytes = request.encode();
        try {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            for (int attempt = 0; attempt < tries; attempt++) {
                socket.send(new DatagramPacket(bytes, bytes.length, server));
                var reply = awaitReply(request, server);
                if (reply.isPresent()) {
                    return reply;
                }
            }
        } catch (IOException e) {
            if (!socket.isClosed()) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    /** Reads until the matching, verified reply or the timeout; strays and forgeries are skipped. */
    private Optional<RadiusPacket> awaitReply(RadiusPacket request, InetSocketAddress server) throws IOException {
        var buffer = new byte[RadiusPacket.MAX_LENGTH];
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
            } catch (SocketTimeoutException e) {
                return Optional.empty();
            }
            if (!server.equals(datagram.getSocketAddress())) {
                continue;
            }
            try {
                var reply = RadiusPacket.decode(java.util.Arrays.copyOf(buffer, datagram.getLength()));
                if (reply.identifier() == request.identifier()
                        && Authenticators.verifyResponse(reply, request.authenticator(), secret)) {
                    return Optional.of(reply);
                }
            } catch (RadiusDecodeException e) {
                // a malformed datagram is not the answer; keep waiting
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        socket.close();
    }
}
