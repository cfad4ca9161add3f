package id.pita.portal.app;

import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.engine.radius.packet.UserPassword;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A gateway's RADIUS client built on the engine's own codec, sending from a chosen loopback address (the
 * engine knows gateways by source address). Every Access-Request carries Message-Authenticator, as
 * BlastRADIUS-hardened routers send it; every answer is checked for its Response Authenticator and
 * Message-Authenticator before it is returned.
 */
final class RadiusTestClient {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RadiusTestClient() {
    }

    static RadiusPacket accessRequest(InetSocketAddress server, String source, String secret,
                                      List<RadiusAttribute> attributes) throws Exception {
        return accessRequest(server, source, secret, null, attributes);
    }

    /** With {@code papPassword} hidden in a User-Password [RFC 2865 §5.2] when not null. */
    static RadiusPacket accessRequest(InetSocketAddress server, String source, String secret, String papPassword,
                                      List<RadiusAttribute> attributes) throws Exception {
        var authenticator = new byte[16];
        RANDOM.nextBytes(authenticator);
        var key = secret.getBytes(StandardCharsets.UTF_8);
        var all = new ArrayList<RadiusAttribute>();
        all.add(RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]));
        all.addAll(attributes);
        if (papPassword != null) {
            all.add(RadiusAttribute.of(AttributeType.USER_PASSWORD,
                    UserPassword.hide(papPassword.getBytes(StandardCharsets.UTF_8), key, authenticator)));
        }
        var request = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCESS_REQUEST, RANDOM.nextInt(256),
                authenticator, all), key);
        try (var socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(source), 0))) {
            socket.setSoTimeout(5_000);
            var bytes = request.encode();
            socket.send(new DatagramPacket(bytes, bytes.length, server));
            var buffer = new byte[4096];
            var answer = new DatagramPacket(buffer, buffer.length);
            socket.receive(answer);
            var response = RadiusPacket.decode(Arrays.copyOf(buffer, answer.getLength()));
            if (!Authenticators.verifyResponse(response, request.authenticator(), key)
                    || !Authenticators.verifyResponseMessageAuthenticator(response, request.authenticator(), key)) {
                throw new AssertionError("answer not signed with the gateway's secret: " + response);
            }
            return response;
        }
    }

    /**
     * Sends one Accounting-Request [RFC 2866 §3] from {@code source} and waits up to {@code timeoutMs} for its
     * Accounting-Response; true when one came signed with the secret, false on silence (a node that is down).
     */
    static boolean accounting(InetSocketAddress server, String source, String secret, int identifier,
                              List<RadiusAttribute> attributes, int timeoutMs) throws Exception {
        var key = secret.getBytes(StandardCharsets.UTF_8);
        var request = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCOUNTING_REQUEST, identifier & 0xff,
                attributes), key);
        try (var socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(source), 0))) {
            socket.setSoTimeout(timeoutMs);
            var bytes = request.encode();
            socket.send(new DatagramPacket(bytes, bytes.length, server));
            var buffer = new byte[4096];
            var answer = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(answer);
            } catch (java.net.SocketTimeoutException e) {
                return false;
            }
            var response = RadiusPacket.decode(Arrays.copyOf(buffer, answer.getLength()));
            return PacketCode.ACCOUNTING_RESPONSE.equals(response.code())
                    && Authenticators.verifyResponse(response, request.authenticator(), key);
        }
    }
}
