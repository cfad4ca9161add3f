package id.pita.engine.coa;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Vendor;
import io.netty.util.HashedWheelTimer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** CoaClient against a real FreeRADIUS 3.2 "coa" virtual server acting as the gateway. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoaClientFreeRadiusIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final HashedWheelTimer timer = new HashedWheelTimer(10, TimeUnit.MILLISECONDS);
    private Path runDir;
    private FreeRadiusPeer peer;
    private CoaClient client;

    @BeforeAll
    void start() throws Exception {
        runDir = Files.createTempDirectory("pita-freeradius-coa");
        peer = FreeRadiusPeer.start(runDir);
        var config = CoaClientConfig.defaults().withRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(2))
                .withBindAddress(new InetSocketAddress(CoaFixtures.loopback(), 0));
        client = new CoaClient(config, timer, Clock.systemUTC());
        client.start().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @AfterAll
    void stop() throws Exception {
        client.close();
        timer.stop();
        peer.close();
        try (var files = Files.walk(runDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private PushOutcome send(Vendor vendor, PushRequest request) throws Exception {
        return client.send(CoaFixtures.target(vendor, peer.port()), request).toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void mikrotikCoaIsAcknowledgedAndPeerReceivedTheRateLimit() throws Exception {
        var outcome = send(Vendor.MIKROTIK, PushRequest.rateChange(CoaFixtures.session("mt-warga-1"),
                CoaFixtures.rate()));
        assertThat(outcome.result()).as(outcome.detail()).isEqualTo(PushOutcome.Result.ACK);
        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(peer.requestLog("mt-warga-1", WAIT)).contains(
                "Mikrotik-Rate-Limit = \"512k/2M 0/0 0/0 0/0 8 256k/1M\"",
                "Acct-Session-Id = \"sid-mt-warga-1\"",
                "Calling-Station-Id = \"AA-BB-CC-00-11-22\"",
                "Framed-IP-Address = 10.20.0.7");
        assertThat(peer.requestLog("mt-warga-1", WAIT)).anyMatch(l -> l.startsWith("Received CoA-Request Id"))
                .anyMatch(l -> l.startsWith("Message-Authenticator = 0x"))
                .anyMatch(l -> l.startsWith("Sent CoA-ACK"));
    }

    @Test
    void chilliCoaIsAcknowledgedAndPeerReceivedTheCompleteAttributeSet() throws Exception {
        var outcome = send(Vendor.COOVACHILLI, PushRequest.rateChange(CoaFixtures.session("ch-warga-1"),
                CoaFixtures.rate()));
        assertThat(outcome.result()).as(outcome.detail()).isEqualTo(PushOutcome.Result.ACK);
        assertThat(peer.requestLog("ch-warga-1", WAIT)).contains(
                "ChilliSpot-Bandwidth-Max-Up = 512",
                "ChilliSpot-Bandwidth-Max-Down = 2000",
                "WISPr-Bandwidth-Max-Up = 512000",
                "WISPr-Bandwidth-Max-Down = 2000000",
                "Session-Timeout = 3600",
                "Idle-Timeout = 600",
                "Acct-Interim-Interval = 300");
    }

    @Test
    void disconnectIsAcknowledged() throws Exception {
        var outcome = send(Vendor.MIKROTIK, PushRequest.disconnect(CoaFixtures.session("dc-warga-1")));
        assertThat(outcome.result()).as(outcome.detail()).isEqualTo(PushOutcome.Result.ACK);
        assertThat(peer.requestLog("dc-warga-1", WAIT)).anyMatch(l -> l.startsWith("Received Disconnect-Request"))
                .anyMatch(l -> l.startsWith("Sent Disconnect-ACK"))
                .noneMatch(l -> l.startsWith("Mikrotik-Rate-Limit"));
    }

    @Test
    void refusedCoaIsNakWithErrorCause() throws Exception {
        var outcome = send(Vendor.MIKROTIK, PushRequest.rateChange(CoaFixtures.session("nak-me"),
                CoaFixtures.rate()));
        assertThat(outcome.result()).isEqualTo(PushOutcome.Result.NAK);
        assertThat(outcome.errorCause()).isEqualTo(OptionalInt.of(503));
        assertThat(peer.requestLog("nak-me", WAIT)).anyMatch(l -> l.startsWith("Sent CoA-NAK"));
        var disconnect = send(Vendor.MIKROTIK, PushRequest.disconnect(CoaFixtures.session("nak-me")));
        assertThat(disconnect.result()).isEqualTo(PushOutcome.Result.NAK);
        assertThat(disconnect.errorCause()).isEqualTo(OptionalInt.of(503));
    }
}
