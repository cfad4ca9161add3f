package id.pita.portal.simulator;

import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusDecodeException;
import id.pita.engine.radius.packet.RadiusPacket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gateway's Dynamic Authorization server [RFC 5176]: a UDP socket on the gateway's own address and CoA
 * port, one daemon thread. A request must carry a correct Request Authenticator and, when present,
 * Message-Authenticator; anything else is dropped with a WARN, as RouterOS and Chilli drop it. The answer
 * (ACK or NAK, built by the gateway) gets Message-Authenticator and is signed
 * with the gateway secret. Thread-safe.
 */
final class CoaListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CoaListener.class);

    private final DatagramSocket socket;
    private final byte[] secret;
    private final Function<RadiusPacket, RadiusPacket> gateway;
    private final Thread thread;

    /**
     * @param gateway turns a verified CoA-Request or Disconnect-Request into an unsigned ACK or NAK
     */
    CoaListener(InetSocketAddress bindTo, byte[] secret, Function<RadiusPacket, RadiusPacket> gateway, String name) {
        try {
            this.socket = new DatagramSocket(bindTo);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the CoA port " + bindTo, e);
        }
        this.secret = secret.clone();
        this.gateway = gateway;
        this.thread = new Thread(this::serve, "sim-coa-" + name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private void serve() {
        var buffer = new byte[RadiusPacket.MAX_LENGTH];
        while (!socket.isClosed()) {
            var datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
                handle(Arrays.copyOf(buffer, datagram.getLength()), datagram.getSocketAddress());
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("CoA socket {} failed: {}", address(), e.getMessage());
                }
            }
        }
    }

    private void handle(byte[] bytes, SocketAddress from) throws IOException {
        RadiusPacket request;
        try {
            request = RadiusPacket.decode(bytes);
        } catch (RadiusDecodeException e) {
            LOG.warn("Dropped a malformed CoA datagram from {}: {}", from, e.getMessage());
            return;
        }
        var code = request.code();
        if (!code.equals(PacketCode.COA_REQUEST) && !code.equals(PacketCode.DISCONNECT_REQUEST)
                || !Authenticators.verifyRequestAuthenticator(request, secret)
                || request.attribute(AttributeType.MESSAGE_AUTHENTICATOR).isPresent()
                && !Authenticators.verifyRequestMessageAuthenticator(request, secret)) {
            LOG.warn("Dropped a {} from {} that failed its authenticator check", code, from);
            return;
        }
        var answer = withMessageAuthenticator(gateway.apply(request)).withIdentifier(request.identifier());
        var signed = Authenticators.signResponse(answer, request.authenticator(), secret).encode();
        socket.send(new DatagramPacket(signed, signed.length, from));
    }

    private static RadiusPacket withMessageAuthenticator(RadiusPacket answer) {
        var attrs = new ArrayList<RadiusAttribute>();
        attrs.add(RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]));
        attrs.addAll(answer.attributes());
        return answer.withAttributes(List.copyOf(attrs));
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
