package id.pita.engine.radius.server;

import static id.pita.engine.radius.server.Fixtures.PASSWORD;
import static id.pita.engine.radius.server.Fixtures.SECRET;
import static id.pita.engine.radius.server.Fixtures.gateway;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Gateway;
import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.Vendor;
import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.engine.access.AccessHandler;
import id.pita.engine.metrics.EngineMetrics;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real server on 127.0.0.1, ephemeral ports, driven by Debian's radclient 3.2.1. */
class RadiusServerIT {
    static final String BUDI_PAP = "User-Name = \"budi\", User-Password = \"" + PASSWORD
            + "\", Calling-Station-Id = \"AA-BB-CC-DD-EE-FF\", Message-Authenticator = 0x00\n";

    final EngineMetrics metrics = new EngineMetrics();
    final AtomicReference<Gateway> gateway = new AtomicReference<>(
            gateway(Vendor.MIKROTIK, MessageAuthenticatorPolicy.REQUIRE));
    final List<AccountingRecord> records = new CopyOnWriteArrayList<>();
    final AtomicInteger decisions = new AtomicInteger();
    volatile AccessHandler access = Fixtures.budiOnly();
    RadiusServer server;
    RadiusServer.Bound bound;

    @BeforeAll
    static void radclientIsInstalled() {
        Radclient.requireInstalled();
    }

    @BeforeEach
    void start() throws Exception {
        server = new RadiusServer(RadiusServerConfig.loopbackEphemeral(),
                addr -> addr.getHostAddress().equals("127.0.0.1") ? Optional.of(gateway.get()) : Optional.empty(),
                req -> {
                    decisions.incrementAndGet();
                    return access.decide(req);
                }, rec -> {
                    records.add(rec);
                    return CompletableFuture.completedFuture(null);
                }, metrics, Clock.systemUTC());
        bound = server.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void papAcceptCarriesMikrotikAttributesSeenByRadclient() throws Exception {
        var r = Radclient.send(bound.auth(), "auth", SECRET, 1, BUDI_PAP);
        assertThat(r.answered("Access-Accept")).as(r.output()).isTrue();
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("Mikrotik-Rate-Limit = \"512k/2M 0/0 0/0 0/0 8 0/0\"")
                .contains("Mikrotik-Total-Limit = 500000000").contains("Session-Timeout = 3600")
                .contains("Idle-Timeout = 600").contains("Acct-Interim-Interval = 60")
                .contains("Class = 0x7761726761").contains("Message-Authenticator = 0x");
    }

    @Test
    void chilliAcceptCarriesChilliAndWisprBandwidth() throws Exception {
        gateway.set(gateway(Vendor.COOVACHILLI, MessageAuthenticatorPolicy.REQUIRE));
        var r = Radclient.send(bound.auth(), "auth", SECRET, 1, BUDI_PAP);
        assertThat(r.output()).contains("Received Access-Accept").contains("ChilliSpot-Bandwidth-Max-Down = 2000")
                .contains("ChilliSpot-Bandwidth-Max-Up = 512").contains("WISPr-Bandwidth-Max-Down = 2000000")
                .contains("WISPr-Bandwidth-Max-Up = 512000").contains("ChilliSpot-Max-Total-Octets = 500000000");
    }

    @Test
    void chapPasswordComputedByRadclientIsAccepted() throws Exception {
        var r = Radclient.send(bound.auth(), "auth", SECRET, 1,
                "User-Name = \"budi\", CHAP-Password = \"" + PASSWORD + "\", Message-Authenticator = 0x00\n");
        assertThat(r.output()).contains("CHAP-Password = 0x").contains("Received Access-Accept");
        var wrong = Radclient.send(bound.auth(), "auth", SECRET, 1,
                "User-Name = \"budi\", CHAP-Password = \"salah\", Message-Authenticator = 0x00\n");
        assertThat(wrong.output()).contains("Received Access-Reject");
    }

    @Test
    void rejectCarriesReplyMessageInBahasaIndonesia() throws Exception {
        var r = Radclient.send(bound.auth(), "auth", SECRET, 1,
                "User-Name = \"siti\", User-Password = \"x\", Message-Authenticator = 0x00\n");
        assertThat(r.output()).contains("Received Access-Reject")
                .contains("Reply-Message = \"Kuota harian Anda sudah habis\"");
    }

    @Test
    void accountingStartInterimStopReachTheSinkWithGigawords() throws Exception {
        var common = "User-Name = \"budi\", Acct-Session-Id = \"81000001\", "
                + "Calling-Station-Id = \"aa:bb:cc:dd:ee:ff\", "
                + "Framed-IP-Address = 10.5.0.7, ";
        var packets = common + "Acct-Status-Type = Start\n\n"
                + common + "Acct-Status-Type = Interim-Update, Acct-Input-Octets = 1000, Acct-Input-Gigawords = 1, "
                + "Acct-Output-Octets = 2000, Acct-Output-Gigawords = 2, Acct-Session-Time = 60\n\n"
                + common + "Acct-Status-Type = Stop, Acct-Input-Octets = 5, Acct-Input-Gigawords = 3, "
                + "Acct-Output-Octets = 6, Acct-Output-Gigawords = 4, Acct-Session-Time = 120, "
                + "Acct-Terminate-Cause = Session-Timeout\n";
        var r = Radclient.send(bound.accounting(), "acct", SECRET, 1, packets);
        assertThat(r.output().split("Received Accounting-Response", -1)).as(r.output()).hasSize(4);
        assertThat(records).extracting(AccountingRecord::status)
                .containsExactlyInAnyOrder(AcctStatus.START, AcctStatus.INTERIM_UPDATE, AcctStatus.STOP);
        var stop = records.stream().filter(x -> x.status() == AcctStatus.STOP).findFirst().orElseThrow();
        assertThat(stop.uploadBytes()).isEqualTo(3L * (1L << 32) + 5);
        assertThat(stop.downloadBytes()).isEqualTo(4L * (1L << 32) + 6);
        assertThat(stop.sessionSeconds()).isEqualTo(120);
        assertThat(stop.terminateCause()).isEqualTo("Session-Timeout");
        assertThat(stop.mac()).isEqualTo("AA:BB:CC:DD:EE:FF");
        assertThat(stop.ip()).isEqualTo("10.5.0.7");
    }

    @Test
    void wrongSecretGetsNoAnswer() throws Exception {
        var auth = Radclient.send(bound.auth(), "auth", "bukan-rahasia", 1, BUDI_PAP);
        assertThat(auth.answered("Access")).as(auth.output()).isFalse();
        assertThat(auth.exitCode()).isNotZero();
        assertThat(metrics.radiusDrops().get("bad-message-authenticator")).isEqualTo(1);
        var acct = Radclient.send(bound.accounting(), "acct", "bukan-rahasia", 1,
                "Acct-Status-Type = Start, Acct-Session-Id = \"x\"\n");
        assertThat(acct.answered("Accounting-Response")).isFalse();
        assertThat(metrics.radiusDrops().get("bad-authenticator")).isEqualTo(1);
        assertThat(decisions.get()).isZero();
        assertThat(records).isEmpty();
    }

    @Test
    void missingMessageAuthenticatorOnRequireGatewayGetsNoAnswer() throws Exception {
        var r = Radclient.send(bound.auth(), "auth", SECRET, 1,
                "User-Name = \"budi\", User-Password = \"" + PASSWORD + "\"\n");
        assertThat(r.answered("Access")).as(r.output()).isFalse();
        assertThat(metrics.radiusDrops().get("missing-message-authenticator")).isEqualTo(1);
        assertThat(decisions.get()).isZero();
    }

    @Test
    void statusServerIsAnsweredOnBothPorts() throws Exception {
        var auth = Radclient.send(bound.auth(), "status", SECRET, 1, "Message-Authenticator = 0x00\n");
        assertThat(auth.output()).as(auth.output()).contains("Received Access-Accept");
        var acct = Radclient.send(bound.accounting(), "status", SECRET, 1, "Message-Authenticator = 0x00\n");
        assertThat(acct.output()).as(acct.output()).contains("Received Accounting-Response");
    }

    @Test
    void retransmissionWhileInFlightIsDroppedAndTheRequestAnsweredOnce() throws Exception {
        var budi = Fixtures.budiOnly();
        access = req -> {
            awaitInFlightDuplicate();
            return budi.decide(req);
        };
        var r = Radclient.send(bound.auth(), "auth", SECRET, 3, BUDI_PAP);
        assertThat(r.output().split("Received Access-Accept", -1)).as(r.output()).hasSize(2);
        assertThat(decisions.get()).isEqualTo(1);
        assertThat(metrics.radiusDrops().get("duplicate-in-flight")).isPositive();
    }

    /** Holds the decision until radclient's retransmission (after its 1 s timeout) has been seen. */
    private void awaitInFlightDuplicate() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (metrics.radiusDrops().get("duplicate-in-flight") == 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
