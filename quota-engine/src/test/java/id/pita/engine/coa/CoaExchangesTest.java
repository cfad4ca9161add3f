package id.pita.engine.coa;

import static id.pita.engine.coa.CoaFixtures.SECRET;
import static id.pita.engine.coa.CoaFixtures.answer;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Vendor;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.engine.radius.vendor.ReplyEncoder;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CoaExchangesTest {
    private static final int PORT = 3799;
    private final ManualTimer timer = new ManualTimer();
    private final List<byte[]> sent = new ArrayList<>();
    private final CoaClientConfig config = CoaClientConfig.defaults()
            .withRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(3));
    private final CoaExchanges exchanges = new CoaExchanges(config, timer, timer.clock(), (to, d) -> sent.add(d));
    private final CoaPackets packets = new CoaPackets(new ReplyEncoder());
    private final CoaTarget target = CoaFixtures.target(Vendor.MIKROTIK, PORT);

    private CompletableFuture<PushOutcome> push(String user) {
        return exchanges.submit(target, packets.build(target,
                PushRequest.rateChange(CoaFixtures.session(user), CoaFixtures.rate())));
    }

    private RadiusPacket lastSent() {
        return RadiusPacket.decode(sent.get(sent.size() - 1));
    }

    @Test
    void retransmitsSameDatagramWithExponentialBackoffCappedAtMaxTimeout() {
        var outcome = push("warga-1");
        assertThat(sent).hasSize(1);
        timer.advance(Duration.ofMillis(999));
        assertThat(sent).hasSize(1);
        timer.advance(Duration.ofMillis(1));
        assertThat(sent).hasSize(2);
        timer.advance(Duration.ofMillis(1999));
        assertThat(sent).hasSize(2);
        timer.advance(Duration.ofMillis(1));
        assertThat(sent).hasSize(3);
        assertThat(sent.get(1)).isEqualTo(sent.get(0));
        assertThat(sent.get(2)).isEqualTo(sent.get(0));
        assertThat(outcome).isNotDone();
        assertThat(config.timeoutAfterAttempt(3)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void timesOutAfterConfiguredAttemptsWithTotalWaitAsLatency() {
        var outcome = push("warga-1");
        timer.advance(Duration.ofMillis(5999));
        assertThat(outcome).isNotDone();
        timer.advance(Duration.ofMillis(1));
        var result = outcome.join();
        assertThat(result.result()).isEqualTo(PushOutcome.Result.TIMEOUT);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.latency()).isEqualTo(Duration.ofSeconds(6));
        assertThat(sent).hasSize(3);
        assertThat(timer.pending()).isZero();
    }

    @Test
    void sendsSignedRequestWithMessageAuthenticatorFirst() {
        push("warga-1");
        var request = lastSent();
        var secret = SECRET.getBytes(StandardCharsets.UTF_8);
        assertThat(request.code()).isEqualTo(PacketCode.COA_REQUEST);
        assertThat(request.attributes().get(0).type()).isEqualTo(80);
        assertThat(Authenticators.verifyRequestAuthenticator(request, secret)).isTrue();
        assertThat(Authenticators.verifyRequestMessageAuthenticator(request, secret)).isTrue();
    }

    @Test
    void validAckCompletesWithAttemptsAndLatency() {
        var outcome = push("warga-1");
        timer.advance(Duration.ofMillis(1500));
        exchanges.onDatagram(target.socketAddress(), answer(lastSent(), PacketCode.COA_ACK, SECRET, List.of()));
        var result = outcome.join();
        assertThat(result.result()).isEqualTo(PushOutcome.Result.ACK);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.latency()).isEqualTo(Duration.ofMillis(1500));
        assertThat(timer.pending()).isZero();
    }

    @Test
    void nakCarriesErrorCause() {
        var outcome = push("warga-1");
        var cause = RadiusAttribute.ofInt(CoaPackets.ERROR_CAUSE, 503);
        exchanges.onDatagram(target.socketAddress(), answer(lastSent(), PacketCode.COA_NAK, SECRET, List.of(cause)));
        var result = outcome.join();
        assertThat(result.result()).isEqualTo(PushOutcome.Result.NAK);
        assertThat(result.errorCause()).isEqualTo(OptionalInt.of(503));
    }

    @Test
    void ignoresReplySignedWithWrongSecretThenAcceptsTheRightOne() {
        var outcome = push("warga-1");
        exchanges.onDatagram(target.socketAddress(), answer(lastSent(), PacketCode.COA_ACK, "wrong", List.of()));
        assertThat(outcome).isNotDone();
        assertThat(exchanges.droppedReplies()).isEqualTo(1);
        exchanges.onDatagram(target.socketAddress(), answer(lastSent(), PacketCode.COA_ACK, SECRET, List.of()));
        assertThat(outcome.join().result()).isEqualTo(PushOutcome.Result.ACK);
    }

    @Test
    void ignoresReplyWithRightIdentifierButWrongAuthenticatorAndTimesOut() {
        var outcome = push("warga-1");
        var forged = answer(lastSent(), PacketCode.COA_ACK, SECRET, List.of());
        forged[10] ^= 1;
        exchanges.onDatagram(target.socketAddress(), forged);
        timer.advance(Duration.ofSeconds(6));
        assertThat(outcome.join().result()).isEqualTo(PushOutcome.Result.TIMEOUT);
        assertThat(exchanges.droppedReplies()).isEqualTo(1);
    }

    @Test
    void ignoresValidReplyFromWrongPort() {
        var outcome = push("warga-1");
        var wrongPort = new InetSocketAddress(target.address(), PORT + 1);
        exchanges.onDatagram(wrongPort, answer(lastSent(), PacketCode.COA_ACK, SECRET, List.of()));
        assertThat(outcome).isNotDone();
        assertThat(exchanges.droppedReplies()).isEqualTo(1);
    }

    @Test
    void ignoresDisconnectAckToCoaRequest() {
        var outcome = push("warga-1");
        exchanges.onDatagram(target.socketAddress(), answer(lastSent(), PacketCode.DISCONNECT_ACK, SECRET, List.of()));
        assertThat(outcome).isNotDone();
    }

    @Test
    void dropsUndecodableDatagramWithoutThrowing() {
        var outcome = push("warga-1");
        exchanges.onDatagram(target.socketAddress(), new byte[] {44, 1, 0});
        assertThat(outcome).isNotDone();
        assertThat(exchanges.droppedReplies()).isEqualTo(1);
    }

    @Test
    void lateAnswerAfterTimeoutIsDropped() {
        var outcome = push("warga-1");
        var request = lastSent();
        timer.advance(Duration.ofSeconds(6));
        exchanges.onDatagram(target.socketAddress(), answer(request, PacketCode.COA_ACK, SECRET, List.of()));
        assertThat(outcome.join().result()).isEqualTo(PushOutcome.Result.TIMEOUT);
        assertThat(exchanges.droppedReplies()).isEqualTo(1);
    }

    @Test
    void keepsAtMost256InFlightPerTargetAndQueuesTheRest() {
        var outcomes = new ArrayList<CompletableFuture<PushOutcome>>();
        for (int i = 0; i < 257; i++) {
            outcomes.add(push("warga-" + i));
        }
        assertThat(sent).hasSize(256);
        var ids = new HashSet<Integer>();
        sent.forEach(d -> ids.add(RadiusPacket.decode(d).identifier()));
        assertThat(ids).hasSize(256);
        assertThat(exchanges.inFlight()).isEqualTo(256);
        assertThat(exchanges.waiting()).isEqualTo(1);

        var first = RadiusPacket.decode(sent.get(0));
        exchanges.onDatagram(target.socketAddress(), answer(first, PacketCode.COA_ACK, SECRET, List.of()));
        assertThat(outcomes.get(0).join().result()).isEqualTo(PushOutcome.Result.ACK);
        assertThat(sent).hasSize(257);
        assertThat(lastSent().identifier()).isEqualTo(first.identifier());
        assertThat(lastSent().attribute(1).orElseThrow().asString()).isEqualTo("warga-256");
    }

    @Test
    void closeEndsPendingAndQueuedAsErrorAndRefusesNewPushes() {
        var outcome = push("warga-1");
        exchanges.close();
        assertThat(outcome.join().result()).isEqualTo(PushOutcome.Result.ERROR);
        assertThat(push("warga-2").join().detail()).isEqualTo("client closed");
        assertThat(timer.pending()).isZero();
    }
}
