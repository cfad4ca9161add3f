package id.pita.engine.radius.server;

import static id.pita.engine.radius.server.Fixtures.PASSWORD;
import static id.pita.engine.radius.server.Fixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.Vendor;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusPacket;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RFC 2865 conformance against Debian's radclient: packets up to 4,096 octets on both ports [§3],
 * longer datagrams dropped and counted, and an Access-Request without User-Password, CHAP-Password or
 * State rejected [§4.1].
 */
class RadiusConformanceIT {
    /** radclient waits 1 s per try; a gateway retransmits, and so does radclient here on a loaded machine. */
    static final int RETRIES = 3;
    final EngineMetrics metrics = new EngineMetrics();
    final AtomicInteger decisions = new AtomicInteger();
    final AtomicInteger records = new AtomicInteger();
    RadiusServer server;
    RadiusServer.Bound bound;

    @BeforeAll
    static void radclientIsInstalled() {
        Radclient.requireInstalled();
    }

    @BeforeEach
    void start() throws Exception {
        var gateway = Fixtures.gateway(Vendor.MIKROTIK, MessageAuthenticatorPolicy.REQUIRE);
        var budi = Fixtures.budiOnly();
        server = new RadiusServer(RadiusServerConfig.loopbackEphemeral(),
                addr -> addr.getHostAddress().equals("127.0.0.1") ? Optional.of(gateway) : Optional.empty(),
                req -> {
                    decisions.incrementAndGet();
                    return budi.decide(req);
                }, rec -> {
                    records.incrementAndGet();
                    return CompletableFuture.completedFuture(null);
                }, metrics, Clock.systemUTC());
        bound = server.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /**
     * Attributes padding a packet to exactly {@code total} octets: Connect-Info [RFC 2869 §5.11] strings,
     * 255 octets each but the last, which the server keeps and ignores.
     */
    static String filler(int fixedOctets, int total) {
        int left = total - fixedOctets;
        var sb = new StringBuilder();
        while (left > 0) {
            int len = left > 255 + 3 ? 255 : left > 255 ? left - 3 : left;
            sb.append(", Connect-Info = \"").append("x".repeat(len - 2)).append('"');
            left -= len;
        }
        return sb.toString();
    }

    @Test
    void accessRequestOf4096OctetsFromRadclientIsAnswered() throws Exception {
        // header 20, User-Name "budi" 6, User-Password 16 + 2, Message-Authenticator 18
        int fixed = 20 + 6 + 18 + 18;
        var r = Radclient.send(bound.auth(), "auth", SECRET, RETRIES, "User-Name = \"budi\", User-Password = \""
                + PASSWORD + "\", Message-Authenticator = 0x00" + filler(fixed, 4096) + "\n");
        assertThat(r.output()).as(r.output()).contains("length 4096").contains("Received Access-Accept");
        assertThat(metrics.radiusDrops().total()).isZero();
    }

    @Test
    void accountingRequestOf4096OctetsFromRadclientIsAnswered() throws Exception {
        // header 20, Acct-Status-Type 6, Acct-Session-Id "81000001" 10, User-Name "budi" 6
        int fixed = 20 + 6 + 10 + 6;
        var r = Radclient.send(bound.accounting(), "acct", SECRET, RETRIES, "Acct-Status-Type = Start, "
                + "Acct-Session-Id = \"81000001\", User-Name = \"budi\"" + filler(fixed, 4096) + "\n");
        assertThat(r.output()).as(r.output()).contains("length 4096").contains("Received Accounting-Response");
        assertThat(records.get()).isEqualTo(1);
    }

    @Test
    void datagramsLongerThan4096OctetsAreDroppedAndCounted() throws Exception {
        var legal = Fixtures.accounting(7, 1, "81000002", Arrays.asList(
                Fixtures.DICT.attribute("Connect-Info").string("y".repeat(200))));
        assertThat(exchange(bound.accounting(), legal.encode())).isPresent();
        // a signed 4,096-octet packet followed by one octet of "padding": 4,097 octets on the wire
        var big = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCOUNTING_REQUEST, 8,
                java.util.List.of(Fixtures.DICT.attribute("Acct-Status-Type").integer(1))), Fixtures.secret());
        var padded = Arrays.copyOf(withLength(big.encode(), 4096), 4097);
        assertThat(exchange(bound.accounting(), padded)).isEmpty();
        assertThat(exchange(bound.auth(), new byte[9000])).isEmpty();
        assertThat(metrics.radiusDrops().get("oversized")).isEqualTo(2);
        assertThat(records.get()).isEqualTo(1);
    }

    @Test
    void accessRequestWithoutAnyCredentialIsRejected() throws Exception {
        var none = Radclient.send(bound.auth(), "auth", SECRET, RETRIES,
                "User-Name = \"budi\", Message-Authenticator = 0x00\n");
        assertThat(none.output()).as(none.output()).contains("Received Access-Reject")
                .contains("Reply-Message = \"Permintaan masuk tanpa kata sandi ditolak.\"");
        var both = Radclient.send(bound.auth(), "auth", SECRET, RETRIES, "User-Name = \"budi\", User-Password = \""
                + PASSWORD + "\", CHAP-Password = \"" + PASSWORD + "\", Message-Authenticator = 0x00\n");
        assertThat(both.output()).as(both.output()).contains("Received Access-Reject");
        assertThat(decisions.get()).as("the policy is never asked").isZero();
    }

    /** The packet with its Length field and filler bytes raised to {@code length}, re-signed. */
    private static byte[] withLength(byte[] packet, int length) {
        var out = Arrays.copyOf(packet, length);
        // pad with one Connect-Info of the rest, then the header's Length; sign again
        int pos = packet.length;
        while (pos < length) {
            int len = Math.min(255, length - pos);
            out[pos] = 77;
            out[pos + 1] = (byte) len;
            pos += len;
        }
        out[2] = (byte) (length >> 8);
        out[3] = (byte) length;
        return Authenticators.signRequest(RadiusPacket.decode(out), Fixtures.secret()).encode();
    }

    /** Sends one datagram and waits up to 1.5 s for an answer. */
    private static Optional<byte[]> exchange(InetSocketAddress server, byte[] datagram) throws Exception {
        try (var socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            socket.setSoTimeout(1_500);
            socket.send(new DatagramPacket(datagram, datagram.length, server));
            var buffer = new byte[5000];
            var answer = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(answer);
                return Optional.of(Arrays.copyOf(buffer, answer.getLength()));
            } catch (SocketTimeoutException e) {
                return Optional.empty();
            }
        }
    }
}
