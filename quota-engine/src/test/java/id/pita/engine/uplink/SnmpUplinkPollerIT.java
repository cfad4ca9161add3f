package id.pita.engine.uplink;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.core.testing.MutableClock;
import id.pita.core.testing.Snmpd;
import id.pita.core.uplink.UplinkEstimator;
import id.pita.core.uplink.UplinkState;
import id.pita.engine.metrics.EngineMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The poller against Debian's real snmpd (its own process on 127.0.0.1, a pass script serving the counters):
 * v2c and v3 readings, a wrong community and a missing interface counted as timeout and error, and a silent agent
 * treated as unknown (last estimate kept for {@code staleAfter}, then the contracted pool), never as a dead link.
 */
class SnmpUplinkPollerIT {
    static final Bandwidth CONTRACT = Bandwidth.mbps(100, 100);
    static final Duration HOUR = Duration.ofHours(1);
    @TempDir
    Path dir;
    Snmpd snmpd;
    final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T02:00:00Z"));
    final UplinkMonitor monitor = UplinkMonitor.measuring(() -> CONTRACT, clock, Duration.ofMinutes(2),
            UplinkEstimator.Config.DEFAULT);

    @BeforeEach
    void startSnmpd() throws Exception {
        snmpd = Snmpd.start(dir, 7, 100);
    }

    @AfterEach
    void stopSnmpd() throws Exception {
        snmpd.close();
    }

    /**
     * A 1 s timeout (one retry), as the v3 test has: snmpd answers each of the four OIDs by forking the pass script,
     * which on a loaded 2-core machine can take longer than the 300 ms (600 ms with the retry) it had, and a reading
     * asserted present came back empty. The silent-agent polls wait 2 s each for their timeout instead of 0.6 s;
     * a poller that only ever times out (a wrong community) keeps 300 ms.
     */
    private SnmpSettings v2c(String community, int ifIndex) {
        return v2c(community, ifIndex, Duration.ofSeconds(1));
    }

    private SnmpSettings v2c(String community, int ifIndex, Duration timeout) {
        return new SnmpSettings("127.0.0.1", snmpd.address().getPort(), SnmpSettings.Version.V2C, community, ifIndex,
                HOUR, timeout, Duration.ofMinutes(2), Optional.empty());
    }

    private SnmpUplinkPoller started(SnmpSettings s) throws Exception {
        var poller = new SnmpUplinkPoller(s, monitor, clock, new EngineMetrics());
        poller.open().toCompletableFuture().get(5, TimeUnit.SECONDS);
        return poller;
    }

    @Test
    void readsTheInterfaceCountersStatusAndSpeedOverV2c() throws Exception {
        snmpd.set(1_000_000_000L, 250_000_000L, true, 40);
        try (var poller = started(v2c(Snmpd.COMMUNITY, 7))) {
            var sample = poller.poll().get(5, TimeUnit.SECONDS).orElseThrow();
            assertThat(sample.inOctets()).isEqualTo(1_000_000_000L);
            assertThat(sample.outOctets()).isEqualTo(250_000_000L);
            assertThat(sample.operUp()).isTrue();
            assertThat(sample.highSpeedMbps()).isEqualTo(40);
            clock.advance(Duration.ofSeconds(30));
            snmpd.set(1_000_000_000L + 75_000_000L, 250_000_000L + 37_500_000L, true, 40);
            poller.poll().get(5, TimeUnit.SECONDS).orElseThrow();
            // 75 MB in 30 s is 20 Mbit/s carried; the CPE's sync rate of 40 Mbit/s starts to pull the estimate down.
            assertThat(monitor.status().carried()).isEqualTo(Bandwidth.mbps(20, 10));
            assertThat(monitor.status().effective().down()).isLessThan(CONTRACT.down());
            assertThat(poller.polls("ok")).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void readsOverV3WithAuthenticationAndPrivacy() throws Exception {
        snmpd.set(42, 43, false, 0);
        var v3 = new SnmpSettings("127.0.0.1", snmpd.address().getPort(), SnmpSettings.Version.V3, null, 7, HOUR,
                Duration.ofMillis(1000), Duration.ofMinutes(2), Optional.of(new SnmpSettings.V3(Snmpd.V3_USER,
                SnmpSettings.Auth.SHA, Snmpd.V3_AUTH, SnmpSettings.Priv.AES, Snmpd.V3_PRIV)));
        try (var poller = started(v3)) {
            var sample = poller.poll().get(5, TimeUnit.SECONDS).orElseThrow();
            assertThat(sample.inOctets()).isEqualTo(42);
            assertThat(sample.operUp()).isFalse();
            assertThat(monitor.get()).isEqualTo(UplinkState.down());
        }
    }

    @Test
    void aWrongCommunityIsATimeoutAndAMissingInterfaceAnErrorBothCounted() throws Exception {
        try (var wrong = started(v2c("not-the-community", 7, Duration.ofMillis(300)))) {
            assertThat(wrong.poll().get(5, TimeUnit.SECONDS)).isEmpty();
            assertThat(wrong.polls("timeout")).isGreaterThanOrEqualTo(1);
        }
        try (var missing = started(v2c(Snmpd.COMMUNITY, 8))) {
            assertThat(missing.poll().get(5, TimeUnit.SECONDS)).isEmpty();
            assertThat(missing.polls("error")).isGreaterThanOrEqualTo(1);
            assertThat(monitor.status().lastError()).hasValueSatisfying(e -> assertThat(e).contains("ifHCInOctets.8"));
        }
        assertThat(monitor.get()).as("no answer is not a dead link").isEqualTo(UplinkState.NOMINAL);
    }

    @Test
    void aSilentAgentKeepsTheLastEstimateForStaleAfterThenTheContractedPool() throws Exception {
        try (var poller = started(v2c(Snmpd.COMMUNITY, 7))) {
            for (int i = 0; i < 6; i++) {
                clock.advance(Duration.ofSeconds(30));
                snmpd.set(i * 1000L, i * 1000L, true, 40);
                poller.poll().get(5, TimeUnit.SECONDS).orElseThrow();
            }
            assertThat(monitor.get()).isEqualTo(new UplinkState(true, Bandwidth.mbps(40, 40)));
            snmpd.freeze();
            try {
                clock.advance(Duration.ofSeconds(60));
                assertThat(poller.poll().get(5, TimeUnit.SECONDS)).isEmpty();
                assertThat(monitor.status().reading()).isEqualTo(UplinkStatus.Reading.MEASURED);
                assertThat(monitor.get()).isEqualTo(new UplinkState(true, Bandwidth.mbps(40, 40)));
                clock.advance(Duration.ofSeconds(61));
                assertThat(poller.poll().get(5, TimeUnit.SECONDS)).isEmpty();
                assertThat(monitor.status().reading()).isEqualTo(UplinkStatus.Reading.UNKNOWN);
                assertThat(monitor.get()).isEqualTo(UplinkState.NOMINAL);
                assertThat(poller.polls("timeout")).isGreaterThanOrEqualTo(2);
            } finally {
                snmpd.thaw();
            }
            clock.advance(Duration.ofSeconds(30));
            snmpd.set(9000, 9000, true, 40);
            poller.poll().get(5, TimeUnit.SECONDS).orElseThrow();
            assertThat(monitor.status().reading()).isEqualTo(UplinkStatus.Reading.MEASURED);
            assertThat(monitor.get()).isEqualTo(new UplinkState(true, Bandwidth.mbps(40, 40)));
        }
    }
}
