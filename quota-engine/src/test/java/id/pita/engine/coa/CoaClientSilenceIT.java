package id.pita.engine.coa;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Vendor;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusPacket;
import io.netty.util.HashedWheelTimer;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CoaClient on real sockets against gateways that never give a valid answer. */
class CoaClientSilenceIT {
    private static final Duration INITIAL = Duration.ofMillis(100);
    private final HashedWheelTimer timer = new HashedWheelTimer(10, TimeUnit.MILLISECONDS);
    private CoaClient client;

    @BeforeEach
    void start() throws Exception {
        var config = CoaClientConfig.defaults().withRetries(3, INITIAL, Duration.ofMillis(400))
                .withBindAddress(new InetSocketAddress(CoaFixtures.loopback(), 0));
        client = new CoaClient(config, timer, Clock.systemUTC());
        client.start().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        client.close();
        timer.stop();
    }

    private PushOutcome push(UdpDouble gateway) throws Exception {
        var target = CoaFixtures.target(Vendor.MIKROTIK, gateway.port());
        return client.send(target, PushRequest.rateChange(CoaFixtures.session("warga-1"), CoaFixtures.rate()))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** A CoA-ACK with the request's identifier but an authenticator that no secret produced. */
    private static Optional<byte[]> forgedAck(byte[] request) {
        var id = RadiusPacket.decode(request).identifier();
        var bogus = new byte[16];
        bogus[0] = 42;
        return Optional.of(RadiusPacket.of(PacketCode.COA_ACK, id, bogus, List.of()).encode());
    }

    @Test
    void silentGatewayGivesTimeoutAfterConfiguredAttempts() throws Exception {
        try (var gateway = UdpDouble.silent()) {
            var outcome = push(gateway);
            assertThat(outcome.result()).isEqualTo(PushOutcome.Result.TIMEOUT);
            assertThat(outcome.attempts()).isEqualTo(3);
            assertThat(outcome.latency()).isGreaterThanOrEqualTo(Duration.ofMillis(100 + 200 + 400 - 30));
            assertThat(gateway.received()).hasSize(3);
            assertThat(gateway.received().get(2)).isEqualTo(gateway.received().get(0));
        }
    }

    @Test
    void answersWithBadAuthenticatorAreIgnoredUntilTimeout() throws Exception {
        try (var gateway = UdpDouble.answering(CoaClientSilenceIT::forgedAck)) {
            var outcome = push(gateway);
            assertThat(outcome.result()).isEqualTo(PushOutcome.Result.TIMEOUT);
            assertThat(outcome.attempts()).isEqualTo(3);
            assertThat(client.droppedReplies()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void validAnswerFromAnotherPortIsIgnoredUntilTimeout() throws Exception {
        try (var gateway = UdpDouble.answeringFromOtherPort(request -> Optional.of(CoaFixtures.answer(
                RadiusPacket.decode(request), PacketCode.COA_ACK, CoaFixtures.SECRET, List.of())))) {
            var outcome = push(gateway);
            assertThat(outcome.result()).isEqualTo(PushOutcome.Result.TIMEOUT);
            assertThat(client.droppedReplies()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void validAnswerFromTheGatewayIsAcknowledged() throws Exception {
        try (var gateway = UdpDouble.answering(request -> Optional.of(CoaFixtures.answer(
                RadiusPacket.decode(request), PacketCode.COA_ACK, CoaFixtures.SECRET, List.of())))) {
            var outcome = push(gateway);
            assertThat(outcome.result()).isEqualTo(PushOutcome.Result.ACK);
            assertThat(client.droppedReplies()).isZero();
        }
    }

    /** A CoA-ACK padded with Reply-Message attributes to exactly {@code length} octets. */
    private static byte[] ackOfLength(byte[] request, int length) {
        var attrs = new java.util.ArrayList<id.pita.engine.radius.packet.RadiusAttribute>();
        int left = length - 20;
        while (left > 0) {
            int len = left > 255 + 3 ? 255 : left > 255 ? left - 3 : left;
            attrs.add(id.pita.engine.radius.packet.RadiusAttribute.of(18, "x".repeat(len - 2).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            left -= len;
        }
        return CoaFixtures.answer(RadiusPacket.decode(request), PacketCode.COA_ACK, CoaFixtures.SECRET, attrs);
    }

    @Test
    void answerOf4096OctetsIsReadWholeAndALongerDatagramIsDropped() throws Exception {
        try (var gateway = UdpDouble.answering(request -> Optional.of(ackOfLength(request, 4096)))) {
            var outcome = push(gateway);
            assertThat(outcome.result()).isEqualTo(PushOutcome.Result.ACK);
            assertThat(client.droppedReplies()).isZero();
        }
        try (var gateway = UdpDouble.answering(request -> Optional.of(java.util.Arrays.copyOf(
                ackOfLength(request, 4096), 4097)))) {
            var outcome = push(gateway);
            assertThat(outcome.result()).isEqualTo(PushOutcome.Result.TIMEOUT);
            assertThat(client.droppedReplies()).isEqualTo(3);
        }
    }
}
