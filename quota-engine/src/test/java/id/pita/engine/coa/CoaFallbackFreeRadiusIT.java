package id.pita.engine.coa;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.allocation.Allocator;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Boost;
import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.district.Vendor;
import id.pita.core.session.Session;
import id.pita.core.testing.MutableClock;
import id.pita.engine.access.DeviceUsage;
import id.pita.engine.access.TestDistricts;
import id.pita.engine.control.ControlConfig;
import id.pita.engine.control.ControlLoop;
import id.pita.engine.control.ControlPorts;
import id.pita.engine.control.LivePlan;
import id.pita.engine.control.Push;
import id.pita.engine.control.PushLedger;
import id.pita.engine.control.PushReason;
import id.pita.engine.control.PushResult;
import id.pita.engine.control.Pusher;
import id.pita.engine.control.SessionSource;
import id.pita.engine.metrics.EngineMetrics;
import io.netty.util.HashedWheelTimer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 3 against a real gateway-side CoA server (FreeRADIUS 3.2's {@code coa} virtual server): it
 * refuses the control loop's CoA with Error-Cause 405 (Unsupported Service), and the loop, because the
 * MikroTik gateway's {@code coaFallback} is on by default, sends a Disconnect-Request, which it ACKs. Both
 * pushes are recorded, the CoA with its fallback.
 */
class CoaFallbackFreeRadiusIT {
    private record Recorded(Push push, PushResult result) {
    }

    @Test
    void coaRefusedAsUnsupportedIsFollowedByADisconnectThatTheGatewayAcks() throws Exception {
        var runDir = Files.createTempDirectory("pita-freeradius-fallback");
        var timer = new HashedWheelTimer(10, TimeUnit.MILLISECONDS);
        var executor = Executors.newSingleThreadScheduledExecutor();
        try (var peer = FreeRadiusPeer.start(runDir);
             var client = new CoaClient(CoaClientConfig.defaults().withRetries(2, Duration.ofMillis(500),
                     Duration.ofSeconds(1)).withBindAddress(new InetSocketAddress(CoaFixtures.loopback(), 0)), timer,
                     Clock.systemUTC())) {
            client.start().toCompletableFuture().get(5, TimeUnit.SECONDS);
            var base = TestDistricts.paser();
            var gateway = new Gateway("gw-kominfo", "dinas-kominfo", "127.0.0.1", CoaFixtures.SECRET, Vendor.MIKROTIK,
                    peer.port(), null, null);
            assertThat(gateway.coaFallback()).as("default for MikroTik").isTrue();
            var district = new District(base.code(), base.name(), base.zone(), base.pool(), base.sites(),
                    List.of(gateway), base.calendar(), base.policies(), base.citizenPlan());
            var clock = MutableClock.at(TestDistricts.monday("10:00", TestDistricts.WITA));
            var session = new Session("gw-kominfo", "sid-unsupported", "unsupported", "dinas-kominfo", "", "10.20.0.7",
                    clock.instant(), clock.instant(), 0, 0, 0, Bandwidth.ZERO, null);
            var recorded = new CopyOnWriteArrayList<Recorded>();
            PushLedger ledger = (push, result) -> recorded.add(new Recorded(push, result));
            var target = CoaFixtures.target(Vendor.MIKROTIK, peer.port());
            Pusher pusher = push -> send(client, target, push, clock);
            var metrics = new EngineMetrics();
            var loop = new ControlLoop(ControlConfig.defaults(), clock, executor, () -> district,
                    TestDistricts.regimes(district), new ControlPorts(new SessionSource() {
                        @Override
                        public List<Session> onlineSessions() {
                            return List.of(session);
                        }

                        @Override
                        public List<Boost> boosts(Instant now) {
                            return List.of();
                        }
                    }, (mac, day, zone) -> DeviceUsage.NONE, new LivePlan(), pusher, ledger), Allocator::allocate,
                    metrics);
            loop.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (recorded.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            loop.stop();

            assertThat(recorded).hasSize(2);
            var coa = recorded.get(0);
            assertThat(coa.push()).isInstanceOf(Push.RateChange.class);
            assertThat(coa.result().outcome()).isEqualTo(PushResult.Outcome.NAK);
            assertThat(coa.result().errorCause()).isEqualTo(405);
            assertThat(coa.result().fallback()).isEqualTo("disconnect");
            var disconnect = recorded.get(1);
            assertThat(disconnect.push()).isEqualTo(new Push.Disconnect("gw-kominfo", "sid-unsupported", "unsupported",
                    Push.Disconnect.COA_FALLBACK));
            assertThat(disconnect.result().outcome()).isEqualTo(PushResult.Outcome.ACK);
            assertThat(metrics.controlPushes().get(PushReason.FALLBACK.label(), "gw-kominfo")).isEqualTo(1);
            // Read once the last line asserted is in: the ACK can reach us before FreeRADIUS's log line reaches our
            // pipe reader, and reading at once could fail 'contains("Sent Disconnect-ACK")'.
            var log = peer.outputContaining("Sent Disconnect-ACK", Duration.ofSeconds(10));
            assertThat(log).contains("Sent CoA-NAK").contains("Error-Cause := Unsupported-Service")
                    .contains("Received Disconnect-Request").contains("Sent Disconnect-ACK");
            assertThat(log.indexOf("Sent CoA-NAK")).isLessThan(log.indexOf("Received Disconnect-Request"));
        } finally {
            executor.shutdownNow();
            timer.stop();
            try (var files = Files.walk(runDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The integrator's adapter in miniature: a push as a CoA or Disconnect for the session. */
    private static CompletionStage<PushResult> send(CoaClient client, CoaTarget target, Push push, Clock clock) {
        var fixture = CoaFixtures.session(push.username());
        var ref = new SessionRef(fixture.userName(), push.acctSessionId(), fixture.callingStationId(),
                fixture.framedIp());
        var request = push instanceof Push.RateChange change
                ? PushRequest.rateChange(ref, new id.pita.engine.access.RateReply(change.rate(), Bandwidth.ZERO,
                Optional.empty(), Optional.empty(), Duration.ofMinutes(5), Optional.empty(), "office:dinas-kominfo"))
                : PushRequest.disconnect(ref);
        return client.send(target, request).thenApply(o -> new PushResult(switch (o.result()) {
            case ACK -> PushResult.Outcome.ACK;
            case NAK -> PushResult.Outcome.NAK;
            case TIMEOUT -> PushResult.Outcome.TIMEOUT;
            default -> PushResult.Outcome.ERROR;
        }, o.detail(), clock.instant(), o.errorCause().orElse(0), ""));
    }
}
