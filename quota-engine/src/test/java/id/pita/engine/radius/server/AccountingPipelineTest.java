package id.pita.engine.radius.server;

import static id.pita.engine.radius.server.Fixtures.DICT;
import static id.pita.engine.radius.server.Fixtures.accounting;
import static id.pita.engine.radius.server.Fixtures.gateway;
import static id.pita.engine.radius.server.Fixtures.secret;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.Vendor;
import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusPacket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountingPipelineTest {
    final List<AccountingRecord> records = new ArrayList<>();
    final List<CompletableFuture<Void>> stages = new ArrayList<>();
    final PipelineHarness harness = new PipelineHarness(PortRole.ACCOUNTING,
            gateway(Vendor.MIKROTIK, MessageAuthenticatorPolicy.REQUIRE), req -> {
                throw new AssertionError("no access requests here");
            }, rec -> {
                records.add(rec);
                var stage = new CompletableFuture<Void>();
                stages.add(stage);
                return stage;
            }, 1000);

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void foldsGigawordsAndAnswersOnlyOnceTheRecordIsDurable() {
        var stop = accounting(7, 2, "sess-9", List.of(
                DICT.attribute("Acct-Input-Octets").integer(10), DICT.attribute("Acct-Input-Gigawords").integer(2),
                DICT.attribute("Acct-Output-Octets").integer(20), DICT.attribute("Acct-Output-Gigawords").integer(3),
                DICT.attribute("Acct-Session-Time").integer(3600), DICT.attribute("Acct-Terminate-Cause").integer(4),
                DICT.attribute("Calling-Station-Id").string("AA:BB:CC:DD:EE:FF"),
                DICT.attribute("Framed-IP-Address").octets(new byte[] {10, 5, 0, 7})));
        assertThat(harness.send(stop)).isEmpty();
        var r = records.get(0);
        assertThat(r.status()).isEqualTo(AcctStatus.STOP);
        assertThat(r.uploadBytes()).isEqualTo(2L * (1L << 32) + 10);
        assertThat(r.downloadBytes()).isEqualTo(3L * (1L << 32) + 20);
        assertThat(r.sessionSeconds()).isEqualTo(3600);
        assertThat(r.terminateCause()).isEqualTo("Idle-Timeout");
        assertThat(r.mac()).isEqualTo("AA:BB:CC:DD:EE:FF");
        assertThat(r.ip()).isEqualTo("10.5.0.7");
        assertThat(r.gatewayId()).isEqualTo("taman-kota");

        stages.get(0).complete(null);
        harness.channel.runPendingTasks();
        var answer = RadiusPacket.decode(harness.poll().orElseThrow());
        assertThat(answer.code()).isEqualTo(PacketCode.ACCOUNTING_RESPONSE);
        assertThat(Authenticators.verifyResponse(answer, stop.authenticator(), secret())).isTrue();
    }

    @Test
    void dropsInFlightRetransmissionAndReprocessesAfterASinkFailure() {
        var start = accounting(8, 1, "sess-1", List.of());
        harness.send(start);
        assertThat(harness.send(start)).isEmpty();
        assertThat(harness.dropped(Drop.DUPLICATE_IN_FLIGHT)).isEqualTo(1);
        assertThat(records).hasSize(1);

        stages.get(0).completeExceptionally(new IllegalStateException("disk full"));
        harness.channel.runPendingTasks();
        assertThat(harness.poll()).isEmpty();
        assertThat(harness.dropped(Drop.SINK_FAILED)).isEqualTo(1);

        harness.send(start);
        assertThat(records).hasSize(2);
        stages.get(1).complete(null);
        harness.channel.runPendingTasks();
        assertThat(harness.poll()).isPresent();
    }

    @Test
    void dropsAccountingRequestWithBadAuthenticator() {
        var forged = accounting(9, 3, "sess-2", List.of()).withAuthenticator(new byte[16]);
        assertThat(harness.send(forged)).isEmpty();
        assertThat(harness.dropped(Drop.BAD_AUTHENTICATOR)).isEqualTo(1);
        assertThat(records).isEmpty();
    }

    @Test
    void acknowledgesUnknownStatusTypesWithoutRecording() {
        assertThat(harness.send(accounting(10, 9, "tunnel", List.of()))).isPresent();
        assertThat(records).isEmpty();
        assertThat(harness.metrics.radiusEvents().get("accounting-ignored")).isEqualTo(1);
    }

    @Test
    void dropsImplausibleGigawordsInsteadOfFailing() {
        assertThat(harness.send(accounting(11, 3, "s", List.of(
                DICT.attribute("Acct-Input-Gigawords").integer(0xFFFFFFFFL))))).isEmpty();
        assertThat(harness.dropped(Drop.BAD_ATTRIBUTE)).isEqualTo(1);
    }
}
