package id.pita.engine.radius.server;

import static id.pita.engine.radius.server.Fixtures.DICT;
import static id.pita.engine.radius.server.Fixtures.PASSWORD;
import static id.pita.engine.radius.server.Fixtures.gateway;
import static id.pita.engine.radius.server.Fixtures.papRequest;
import static id.pita.engine.radius.server.Fixtures.secret;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.Vendor;
import id.pita.engine.access.AccessRequestInfo;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.Chap;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessPipelineTest {
    final Random random = new Random(7);
    final List<AccessRequestInfo> seen = new ArrayList<>();
    PipelineHarness harness = harness(MessageAuthenticatorPolicy.REQUIRE);

    PipelineHarness harness(MessageAuthenticatorPolicy policy) {
        var budi = Fixtures.budiOnly();
        return new PipelineHarness(PortRole.AUTH, gateway(Vendor.MIKROTIK, policy), req -> {
            seen.add(req);
            return budi.decide(req);
        }, rec -> CompletableFuture.completedFuture(null), 1000);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void acceptsPapWithMikrotikAttributesAndMessageAuthenticatorFirst() {
        var request = papRequest(5, "budi", PASSWORD, true, random);
        var answer = RadiusPacket.decode(harness.send(request).orElseThrow());
        assertThat(answer.code()).isEqualTo(PacketCode.ACCESS_ACCEPT);
        assertThat(answer.identifier()).isEqualTo(5);
        assertThat(answer.attributes().get(0).type()).isEqualTo(AttributeType.MESSAGE_AUTHENTICATOR);
        assertThat(Authenticators.verifyResponse(answer, request.authenticator(), secret())).isTrue();
        assertThat(Authenticators.verifyResponseMessageAuthenticator(answer, request.authenticator(), secret()))
                .isTrue();
        assertThat(DICT.attribute("Mikrotik-Rate-Limit").getString(answer)).contains("512k/2M 0/0 0/0 0/0 8 0/0");
        assertThat(seen.get(0).mac()).contains("AA:BB:CC:DD:EE:0F");
        assertThat(harness.metrics.radiusPackets().get("out", "access-accept")).isEqualTo(1);
    }

    @Test
    void rejectsWrongPasswordWithReplyMessageInBahasaIndonesia() {
        var request = papRequest(6, "budi", "salah", true, random);
        var answer = RadiusPacket.decode(harness.send(request).orElseThrow());
        assertThat(answer.code()).isEqualTo(PacketCode.ACCESS_REJECT);
        assertThat(answer.attributes().get(0).type()).isEqualTo(AttributeType.MESSAGE_AUTHENTICATOR);
        assertThat(answer.attribute(AttributeType.REPLY_MESSAGE).orElseThrow().asString())
                .isEqualTo(Fixtures.REJECT_ID);
        assertThat(Authenticators.verifyResponse(answer, request.authenticator(), secret())).isTrue();
    }

    @Test
    void checksChapPasswordWithChapChallenge() {
        var auth = new byte[16];
        var challenge = "0123456789abcdef0123".getBytes(StandardCharsets.US_ASCII);
        var chap = Chap.chapPassword(42, PASSWORD.getBytes(StandardCharsets.UTF_8), challenge);
        var request = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCESS_REQUEST, 9, auth, List.of(
                RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]),
                RadiusAttribute.ofString(AttributeType.USER_NAME, "budi"),
                RadiusAttribute.of(AttributeType.CHAP_PASSWORD, chap),
                RadiusAttribute.of(AttributeType.CHAP_CHALLENGE, challenge))), secret());
        assertThat(RadiusPacket.decode(harness.send(request).orElseThrow()).code())
                .isEqualTo(PacketCode.ACCESS_ACCEPT);
        assertThat(seen.get(0).password().matches("lain")).isFalse();
    }

    @Test
    void dropsAccessRequestFromUnknownSource() {
        assertThat(harness.send(papRequest(1, "budi", PASSWORD, true, random).encode(), PipelineHarness.STRANGER))
                .isEmpty();
        assertThat(harness.dropped(Drop.UNKNOWN_SOURCE)).isEqualTo(1);
        assertThat(seen).isEmpty();
    }

    @Test
    void dropsAccessRequestWithoutMessageAuthenticatorWhenRequired() {
        assertThat(harness.send(papRequest(1, "budi", PASSWORD, false, random))).isEmpty();
        assertThat(harness.dropped(Drop.MISSING_MESSAGE_AUTHENTICATOR)).isEqualTo(1);
        assertThat(seen).isEmpty();
    }

    @Test
    void autoPolicyRequiresMessageAuthenticatorOnceTheGatewayHasSentOne() {
        harness.close();
        harness = harness(MessageAuthenticatorPolicy.AUTO);
        assertThat(harness.send(papRequest(1, "budi", PASSWORD, false, random))).isPresent();
        assertThat(harness.send(papRequest(2, "budi", PASSWORD, true, random))).isPresent();
        assertThat(harness.send(papRequest(3, "budi", PASSWORD, false, random))).isEmpty();
        assertThat(harness.dropped(Drop.MISSING_MESSAGE_AUTHENTICATOR)).isEqualTo(1);
        assertThat(harness.monitor.activity(harness.gateway.get().id()).unsignedRequests())
                .as("the unsigned request accepted before the first signed one, counted per gateway").isEqualTo(1);
    }

    @Test
    void autoRemembersAGatewayThatSignedBeforeARestartThroughItsMonitor() {
        harness.close();
        harness = harness(MessageAuthenticatorPolicy.AUTO);
        harness.monitor.signedRequest(harness.gateway.get().id()); // as restored from the store at start
        assertThat(harness.send(papRequest(1, "budi", PASSWORD, false, random))).isEmpty();
        assertThat(harness.dropped(Drop.MISSING_MESSAGE_AUTHENTICATOR)).isEqualTo(1);
    }

    @Test
    void offPolicyAcceptsUnsignedRequestsAndCountsThem() {
        harness.close();
        harness = harness(MessageAuthenticatorPolicy.OFF);
        var answer = RadiusPacket.decode(harness.send(papRequest(1, "budi", PASSWORD, false, random)).orElseThrow());
        assertThat(answer.attributes().get(0).type()).isEqualTo(AttributeType.MESSAGE_AUTHENTICATOR);
        assertThat(harness.metrics.radiusEvents().get("unsigned-access-request-accepted")).isEqualTo(1);
    }

    @Test
    void dropsBadMessageAuthenticator() {
        var request = papRequest(1, "budi", PASSWORD, true, random);
        var tampered = request.withIdentifier(2); // MA no longer matches
        assertThat(harness.send(tampered)).isEmpty();
        assertThat(harness.dropped(Drop.BAD_MESSAGE_AUTHENTICATOR)).isEqualTo(1);
    }

    @Test
    void answersARetransmissionFromTheCacheWithoutDecidingTwice() {
        var request = papRequest(11, "budi", PASSWORD, true, random);
        var first = harness.send(request).orElseThrow();
        var second = harness.send(request).orElseThrow();
        assertThat(second).isEqualTo(first);
        assertThat(seen).hasSize(1);
        assertThat(harness.metrics.radiusEvents().get("duplicate-answered")).isEqualTo(1);
    }

    @Test
    void dropsRequestsWithoutUserNameOrWithMalformedPassword() {
        var auth = new byte[16];
        var noUser = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCESS_REQUEST, 1, auth, List.of(
                RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]))), secret());
        assertThat(harness.send(noUser)).isEmpty();
        var badPap = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCESS_REQUEST, 2, auth, List.of(
                RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]),
                RadiusAttribute.ofString(AttributeType.USER_NAME, "budi"),
                RadiusAttribute.of(AttributeType.USER_PASSWORD, new byte[5]))), secret());
        assertThat(harness.send(badPap)).isEmpty();
        assertThat(harness.dropped(Drop.BAD_ATTRIBUTE)).isEqualTo(2);
    }

    @Test
    void answersStatusServerAndDropsAccountingOnTheAuthPort() {
        var status = Authenticators.signRequest(RadiusPacket.of(PacketCode.STATUS_SERVER, 3, new byte[16], List.of(
                RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]))), secret());
        var answer = RadiusPacket.decode(harness.send(status).orElseThrow());
        assertThat(answer.code()).isEqualTo(PacketCode.ACCESS_ACCEPT);
        assertThat(Authenticators.verifyResponse(answer, status.authenticator(), secret())).isTrue();
        assertThat(harness.send(Fixtures.accounting(4, 1, "s", List.of()))).isEmpty();
        assertThat(harness.dropped(Drop.UNEXPECTED_CODE)).isEqualTo(1);
    }

    @Test
    void handlerFailureIsCountedAndNotAnswered() {
        harness.close();
        harness = new PipelineHarness(PortRole.AUTH, gateway(Vendor.GENERIC, MessageAuthenticatorPolicy.REQUIRE),
                req -> {
                    throw new IllegalStateException("store down");
                }, rec -> CompletableFuture.completedFuture(null), 1000);
        assertThat(harness.send(papRequest(1, "budi", PASSWORD, true, random))).isEmpty();
        assertThat(harness.dropped(Drop.HANDLER_FAILED)).isEqualTo(1);
    }
}
