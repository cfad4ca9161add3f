package id.pita.engine.uplink;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.core.testing.MutableClock;
import id.pita.core.uplink.UplinkEstimator;
import id.pita.core.uplink.UplinkSample;
import id.pita.core.uplink.UplinkState;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What each round plans on, from readings, silences and a changed contract. */
class UplinkMonitorTest {
    final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T02:00:00Z"));
    final AtomicReference<Bandwidth> contract = new AtomicReference<>(Bandwidth.mbps(100, 100));
    final UplinkMonitor monitor = UplinkMonitor.measuring(contract::get, clock, Duration.ofMinutes(5),
            UplinkEstimator.Config.DEFAULT);

    private void read(boolean up, long mbps) {
        clock.advance(Duration.ofSeconds(30));
        monitor.offer(new UplinkSample(clock.instant(), 0, 0, up, mbps));
    }

    @Test
    void plansOnTheContractUntilTheFirstAnswerAndAfterStaleAfterWithoutOne() {
        assertThat(monitor.get()).isEqualTo(UplinkState.NOMINAL);
        assertThat(monitor.status().reading()).isEqualTo(UplinkStatus.Reading.WAITING);
        clock.advance(Duration.ofMinutes(6));
        monitor.failed("timeout");
        assertThat(monitor.status().reading()).isEqualTo(UplinkStatus.Reading.UNKNOWN);
        assertThat(monitor.get()).isEqualTo(UplinkState.NOMINAL);
    }

    @Test
    void aDownReadingIsDownAtOnceAndAStaleOneIsForgotten() {
        read(true, 0);
        read(false, 0);
        assertThat(monitor.get()).isEqualTo(UplinkState.down());
        assertThat(monitor.status().degraded()).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(monitor.get()).isEqualTo(UplinkState.down());
        clock.advance(Duration.ofSeconds(1));
        assertThat(monitor.get()).as("silent past staleAfter: unknown, not down").isEqualTo(UplinkState.NOMINAL);
        assertThat(monitor.status().since()).isEqualTo(clock.instant().minusSeconds(1));
    }

    @Test
    void whatThePlanOffersLetsTheEstimatorSeeASaturatedLink() {
        var offered = new AtomicReference<Bandwidth>(null);
        monitor.offeredBy(offered::get);
        long octets = 0;
        // 40 Mbit/s carried every 30 s reading while nothing says what was offered: the contract stands.
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofSeconds(30));
            monitor.offer(new UplinkSample(clock.instant(), octets, octets, true, 0));
            octets += 40_000_000L / 8 * 30;
        }
        assertThat(monitor.get()).isEqualTo(new UplinkState(true, Bandwidth.mbps(100, 100)));
        assertThat(monitor.lastOffered()).isEmpty();
        offered.set(Bandwidth.mbps(100, 100)); // the plan hands out the whole 100 Mbit/s; the link carries 40
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofSeconds(30));
            monitor.offer(new UplinkSample(clock.instant(), octets, octets, true, 0));
            octets += 40_000_000L / 8 * 30;
        }
        assertThat(monitor.get()).isEqualTo(new UplinkState(true, Bandwidth.mbps(42, 42)));
        assertThat(monitor.lastOffered()).contains(Bandwidth.mbps(100, 100));
    }

    @Test
    void aChangedContractStartsTheEstimateAgain() {
        for (int i = 0; i < 6; i++) {
            read(true, 40);
        }
        assertThat(monitor.get()).isEqualTo(new UplinkState(true, Bandwidth.mbps(40, 40)));
        contract.set(Bandwidth.mbps(30, 30));
        assertThat(monitor.status().reading()).isEqualTo(UplinkStatus.Reading.WAITING);
        read(true, 40);
        assertThat(monitor.get()).isEqualTo(new UplinkState(true, Bandwidth.mbps(30, 30)));
    }

    @Test
    void notMeasuredIsAlwaysTheContract() {
        var none = UplinkMonitor.notMeasured(contract::get, clock);
        clock.advance(Duration.ofDays(3));
        assertThat(none.get()).isEqualTo(UplinkState.NOMINAL);
        assertThat(none.status().reading()).isEqualTo(UplinkStatus.Reading.NOT_MEASURED);
        assertThat(none.status().degraded()).isFalse();
    }

    @Test
    void theBackupsReadingGoesWithTheMainLinksWhileItsAgentAnswers() {
        var backupContract = Bandwidth.mbps(20, 10);
        var backup = UplinkMonitor.measuring(() -> backupContract, clock, Duration.ofMinutes(5),
                UplinkEstimator.Config.DEFAULT);
        var plan = UplinkMonitor.withBackup(monitor, backup);
        read(false, 0);
        assertThat(plan.get()).as("backup not read yet: as configured").isEqualTo(UplinkState.down());
        backup.offer(new UplinkSample(clock.instant(), 0, 0, false, 0));
        assertThat(plan.get()).isEqualTo(UplinkState.down().withBackup(Bandwidth.ZERO));
        assertThat(plan.get().backupDown()).isTrue();
        clock.advance(Duration.ofMinutes(6));
        monitor.offer(new UplinkSample(clock.instant(), 0, 0, false, 0));
        assertThat(plan.get()).as("the backup's agent silent past staleAfter: as configured")
                .isEqualTo(UplinkState.down());
    }
}
