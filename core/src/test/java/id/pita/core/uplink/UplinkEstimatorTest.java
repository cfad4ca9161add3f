package id.pita.core.uplink;

import static id.pita.core.testing.PropertyCheck.between;
import static id.pita.core.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UplinkEstimatorTest {
    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final Bandwidth GIG = Bandwidth.mbps(1000, 1000);
    private static final long BAND = 50_000_000L; // 5 % of 1 Gbit/s

    /** Drives an estimator with samples every 10 s, counters advancing at {@code carriedMbps}. */
    private static final class Link {
        final UplinkEstimator e = new UplinkEstimator(GIG, UplinkEstimator.Config.DEFAULT, T0);
        Instant at = T0;
        long in;
        long out;

        UplinkEstimate sample(boolean up, long syncMbps, double carriedMbps) {
            at = at.plusSeconds(10);
            in += (long) (carriedMbps * 1e6 / 8 * 10);
            out += (long) (carriedMbps * 1e6 / 8 * 10 / 2);
            return e.offer(new UplinkSample(at, in, out, up, syncMbps));
        }
    }

    @Test
    void startsAtTheContractedCapacityAndMeasuresWhatTheLinkCarries() {
        var link = new Link();
        assertThat(link.e.estimate().effective()).isEqualTo(GIG);
        link.sample(true, 1000, 0);
        var est = link.sample(true, 1000, 100);
        assertThat(est.effective()).isEqualTo(GIG);
        assertThat(est.carried()).isEqualTo(Bandwidth.mbps(100, 50));
        assertThat(est.up()).isTrue();
    }

    @Test
    void aSyncRateFallingToFortyPercentIsPublishedAtOnceAndThenHeld() {
        var link = new Link();
        link.sample(true, 1000, 0);
        var seen = new ArrayList<Long>();
        for (int i = 0; i < 12; i++) {
            seen.add(link.sample(true, 400, 400).effective().down());
        }
        assertThat(seen).as("never above the sync rate, from the first sample at it").containsOnly(400_000_000L);
        assertThat(link.e.estimate().since()).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void aSyncRateThatRisesAgainIsFollowedSmoothly() {
        var link = new Link();
        link.sample(true, 400, 0);
        link.sample(true, 400, 0);
        assertThat(link.e.estimate().effective().down()).isEqualTo(400_000_000L);
        var seen = new ArrayList<Long>();
        for (int i = 0; i < 12; i++) {
            seen.add(link.sample(true, 1000, 400).effective().down());
        }
        assertThat(seen.get(0)).as("first step up is smoothed").isEqualTo(700_000_000L);
        assertThat(seen).isSorted();
        assertThat(seen.get(11)).isEqualTo(1_000_000_000L);
        assertThat(seen.stream().distinct().count()).as("few distinct steps, no flapping").isLessThanOrEqualTo(5);
    }

    @Test
    void neverAboveTheCurrentSyncRate() {
        forAll("never above ifHighSpeed", 1814L, 1000, UplinkEstimatorTest::randomSteps, steps -> {
            var link = new Link();
            for (int i = 0; i < steps.up().size(); i++) {
                long sync = steps.sync().get(i);
                var est = link.sample(steps.up().get(i), sync, 0);
                if (sync > 0) {
                    assertThat(est.effective().fitsWithin(Bandwidth.symmetric(sync * 1_000_000L)))
                            .as("step %d: %s at a sync rate of %d Mbit/s", i, est.effective(), sync).isTrue();
                }
            }
        });
    }

    @Test
    void aDownLinkIsZeroAtOnceAndReturnsOnlyAfterItStaysUp() {
        var link = new Link();
        link.sample(true, 1000, 0);
        var down = link.sample(false, 0, 0);
        assertThat(down.effective()).isEqualTo(Bandwidth.ZERO);
        assertThat(down.up()).isFalse();
        assertThat(down.since()).isEqualTo(link.at);
        assertThat(link.sample(true, 1000, 0).effective()).as("one up sample is not enough").isEqualTo(Bandwidth.ZERO);
        assertThat(link.sample(false, 0, 0).effective()).isEqualTo(Bandwidth.ZERO);
        assertThat(link.sample(true, 1000, 0).effective()).isEqualTo(Bandwidth.ZERO);
        var back = link.sample(true, 1000, 0);
        assertThat(back.effective()).as("back at full capacity at once").isEqualTo(GIG);
        assertThat(back.up()).isTrue();
    }

    @Test
    void countersGoingBackwardsOrTimeStandingStillAreSkippedAndCounted() {
        var link = new Link();
        link.sample(true, 1000, 100);
        link.sample(true, 1000, 100);
        link.in = 5; // the CPE rebooted
        var afterReset = link.sample(true, 1000, 0);
        assertThat(afterReset.carried()).as("no rate from a reset").isEqualTo(Bandwidth.mbps(100, 50));
        assertThat(link.e.skipped()).isEqualTo(1);
        link.e.offer(new UplinkSample(link.at, link.in, link.out, true, 1000));
        assertThat(link.e.skipped()).isEqualTo(2);
        assertThat(link.sample(true, 1000, 200).carried()).isEqualTo(Bandwidth.mbps(200, 100));
    }

    @Test
    void counter64IsComparedUnsigned() {
        var e = new UplinkEstimator(GIG, UplinkEstimator.Config.DEFAULT, T0);
        long high = Long.MAX_VALUE - 10;
        e.offer(new UplinkSample(T0.plusSeconds(1), high, 0, true, 0));
        var est = e.offer(new UplinkSample(T0.plusSeconds(2), high + 1_000, 0, true, 0)); // past 2^63: negative as long
        assertThat(est.carried().down()).isEqualTo(8_000L);
        assertThat(e.skipped()).isZero();
    }

    private record Steps(List<Boolean> up, List<Long> sync) {
    }

    private static Steps randomSteps(Random r) {
        var up = new ArrayList<Boolean>();
        var sync = new ArrayList<Long>();
        int n = between(r, 1, 60);
        for (int i = 0; i < n; i++) {
            up.add(r.nextInt(6) != 0);
            sync.add(r.nextInt(4) == 0 ? 0L : between(r, 1L, 1500L));
        }
        return new Steps(up, sync);
    }

    @Test
    void neverAboveContractedAndZeroWheneverTheLinkIsDown() {
        forAll("bounded and zero when down", 1811L, 1000, UplinkEstimatorTest::randomSteps, steps -> {
            var link = new Link();
            for (int i = 0; i < steps.up().size(); i++) {
                var est = link.sample(steps.up().get(i), steps.sync().get(i), 0);
                assertThat(est.effective().fitsWithin(GIG)).as("within contracted").isTrue();
                if (!steps.up().get(i)) {
                    assertThat(est.effective()).isEqualTo(Bandwidth.ZERO);
                }
            }
        });
    }

    @Test
    void noiseWithinHalfTheBandNeverMovesTheEstimateOnceSettled() {
        forAll("no flapping under noise", 1812L, 1000, r -> new long[] {between(r, 100L, 1000L), r.nextLong()}, p -> {
            var link = new Link();
            var noise = new Random(p[1]);
            long level = p[0];
            for (int i = 0; i < 10; i++) {
                link.sample(true, level, 0);
            }
            var settled = link.e.estimate().effective();
            assertThat(Math.abs(settled.down() - level * 1_000_000)).as("settled within the band").isLessThanOrEqualTo(BAND);
            for (int i = 0; i < 50; i++) {
                long jitter = between(noise, 0L, 20L); // Mbit/s up, under half the 50 Mbit/s band
                link.sample(true, level + jitter, 0);
                assertThat(link.e.estimate().effective()).as("sample %d", i).isEqualTo(settled);
            }
        });
    }

    @Test
    void noiseBelowTheSettledRateIsFollowedDownAtOnceAndStaysWithinTheBand() {
        forAll("sync noise below", 1815L, 1000, r -> new long[] {between(r, 100L, 1000L), r.nextLong()}, p -> {
            var link = new Link();
            var noise = new Random(p[1]);
            long level = p[0];
            for (int i = 0; i < 10; i++) {
                link.sample(true, level, 0);
            }
            long lowest = level;
            for (int i = 0; i < 50; i++) {
                long sync = Math.max(1, level - between(noise, 0L, 20L));
                lowest = Math.min(lowest, sync);
                long published = link.sample(true, sync, 0).effective().down();
                assertThat(published).as("sample %d: not above the sync rate", i).isLessThanOrEqualTo(sync * 1_000_000);
                assertThat(published).as("sample %d: not below the lowest sync rate seen", i)
                        .isGreaterThanOrEqualTo(lowest * 1_000_000);
            }
        });
    }

    @Test
    void aSteadyRateIsReachedWithinTheBandInTenSamples() {
        forAll("settles on a steady rate", 1813L, 1000, r -> new long[] {between(r, 1L, 1000L), between(r, 1L, 1000L)},
                p -> {
                    var link = new Link();
                    for (int i = 0; i < 10; i++) {
                        link.sample(true, p[0], 0);
                    }
                    for (int i = 0; i < 10; i++) {
                        link.sample(true, p[1], 0);
                    }
                    long est = link.e.estimate().effective().down();
                    assertThat(Math.abs(est - p[1] * 1_000_000)).isLessThanOrEqualTo(BAND);
                });
    }

    @Test
    void configIsChecked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new UplinkEstimator.Config(0, 0.05, 2))
                .hasMessageContaining("alpha");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new UplinkEstimator.Config(0.5, 1, 2))
                .hasMessageContaining("band");
        assertThat(Duration.ofSeconds(10)).isPositive();
    }
}
