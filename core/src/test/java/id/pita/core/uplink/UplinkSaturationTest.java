package id.pita.core.uplink;

import static id.pita.core.testing.PropertyCheck.between;
import static id.pita.core.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.district.Bandwidth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Saturation inference of {@link UplinkEstimator}: capacity from what the link carries while Pita offers more. */
class UplinkSaturationTest {
    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final Bandwidth GIG = Bandwidth.mbps(1000, 1000);
    private static final long MBPS = 1_000_000L;
    private static final long BAND = 50 * MBPS; // 5 % of 1 Gbit/s

    /** Samples every 10 s; counters advance at the carried rate (down and up), with what Pita offered. */
    private static final class Link {
        final UplinkEstimator e = new UplinkEstimator(GIG, UplinkEstimator.Config.DEFAULT, T0);
        Instant at = T0;
        long in;
        long out;

        UplinkEstimate sample(boolean up, long syncMbps, double carriedDownMbps, double carriedUpMbps,
                              Bandwidth offered) {
            at = at.plusSeconds(10);
            in += (long) (carriedDownMbps * MBPS / 8 * 10);
            out += (long) (carriedUpMbps * MBPS / 8 * 10);
            return e.offer(new UplinkSample(at, in, out, up, syncMbps, offered));
        }

        UplinkEstimate sample(double carriedMbps, long offeredMbps) {
            return sample(true, 1000, carriedMbps, carriedMbps, Bandwidth.mbps(offeredMbps, offeredMbps));
        }

        /** Closed loop: Pita offers what was published, and the link carries min(offered, what it can). */
        UplinkEstimate closedLoop(double canCarryMbps) {
            long offered = e.estimate().effective().down() / MBPS;
            return sample(Math.min(offered, canCarryMbps), offered);
        }
    }

    @Test
    void aSteadySaturatedLinkSettlesOnWhatItCarriesInSevenSamples() {
        var link = new Link();
        var seen = new ArrayList<Long>();
        for (int i = 0; i < 60; i++) {
            seen.add(link.sample(400, 1000).effective().down());
        }
        // sample 1 has no rate yet; samples 2-4 are short; the ceiling is 400 + 5 % = 420 Mbit/s from sample 4.
        assertThat(link.e.ceiling()).isEqualTo(Bandwidth.mbps(420, 420));
        assertThat(seen.subList(0, 3)).as("not saturated before 3 short samples").containsOnly(GIG.down());
        assertThat(Math.abs(seen.get(5) - 420 * MBPS)).as("6th sample").isGreaterThan(BAND);
        assertThat(seen.subList(6, 60)).as("from the 7th sample on: exactly what it carries + 5 %, no flapping")
                .containsOnly(420 * MBPS);
        assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void twoShortSamplesAreNotSaturation() {
        var link = new Link();
        link.sample(1000, 1000);
        for (int round = 0; round < 20; round++) {
            link.sample(300, 1000);
            link.sample(300, 1000);
            assertThat(link.sample(1000, 1000).effective()).isEqualTo(GIG);
        }
        assertThat(link.e.ceiling()).isEqualTo(GIG);
    }

    @Test
    void lowDemandWithLowOfferNeverLowersCapacity() {
        var link = new Link();
        for (int i = 0; i < 50; i++) {
            assertThat(link.sample(95, 100).effective()).isEqualTo(GIG);
            assertThat(link.sample(0, 0).effective()).as("nothing offered: no evidence").isEqualTo(GIG);
        }
        assertThat(link.e.ceiling()).isEqualTo(GIG);
    }

    @Test
    void withoutOfferedNothingIsInferred() {
        var link = new Link();
        for (int i = 0; i < 30; i++) {
            assertThat(link.sample(true, 1000, 100, 100, null).effective()).isEqualTo(GIG);
        }
        assertThat(link.e.ceiling()).isEqualTo(GIG);
    }

    @Test
    void eachDirectionIsInferredOnItsOwn() {
        var link = new Link();
        for (int i = 0; i < 30; i++) {
            link.sample(true, 1000, 200, 950, GIG);
        }
        assertThat(link.e.estimate().effective()).isEqualTo(new Bandwidth(210 * MBPS, GIG.up()));
    }

    @Test
    void neverAboveTheSyncRateWhileSaturated() {
        var link = new Link();
        for (int i = 0; i < 30; i++) {
            link.sample(true, 300, 290, 290, GIG);
        }
        assertThat(link.e.estimate().effective()).as("290 + 5 % is above the 300 Mbit/s sync").isEqualTo(
                Bandwidth.mbps(300, 300));
    }

    @Test
    void aRecoveredLinkIsFoundAgainAndReachesContractedWithinSixtySamples() {
        var link = new Link();
        for (int i = 0; i < 360; i++) { // an hour at 10 s: the wait between probes is at its longest, 48 samples
            link.closedLoop(400);
        }
        assertThat(link.e.estimate().effective().down()).isEqualTo(420 * MBPS);
        var seen = new ArrayList<Long>();
        for (int i = 0; i < 70; i++) {
            seen.add(link.closedLoop(1000).effective().down());
        }
        // at most 48 held samples, then +100 Mbit/s a sample from the 420 ceiling (6 probes), through the EWMA.
        int reached = seen.indexOf(GIG.down()) + 1;
        assertThat(reached).as("samples to contracted").isBetween(1, 60);
        assertThat(seen.subList(reached - 1, 70)).containsOnly(GIG.down());
        assertThat(seen).isSortedAccordingTo(Long::compare);
    }

    @Test
    void aBrieflyDegradedLinkIsFoundAgainInThirteenSamples() {
        var link = new Link();
        for (int i = 0; i < 10; i++) { // saturated, never probed: the shortest wait, 6 samples
            link.sample(400, 1000);
        }
        assertThat(link.e.estimate().effective().down()).isEqualTo(420 * MBPS);
        var seen = new ArrayList<Long>();
        for (int i = 0; i < 20; i++) {
            seen.add(link.closedLoop(1000).effective().down());
        }
        int reached = seen.indexOf(GIG.down()) + 1;
        assertThat(reached).as("6 held, 6 probes, 1 to land").isEqualTo(13);
        assertThat(seen.subList(reached - 1, 20)).containsOnly(GIG.down());
    }

    @Test
    void aLinkThatStaysDegradedIsProbedLessAndLessOften() {
        var link = new Link();
        var changes = new ArrayList<Integer>();
        long before = link.e.estimate().effective().down();
        for (int i = 1; i <= 360; i++) {
            long now = link.closedLoop(400).effective().down();
            if (now != before) {
                changes.add(i);
            }
            before = now;
        }
        assertThat(before).isEqualTo(420 * MBPS);
        assertThat(changes.size()).as("changes in 360 samples (an hour at 10 s)").isLessThanOrEqualTo(20);
        var last = changes.subList(changes.size() - 4, changes.size());
        assertThat(last.get(2) - last.get(0)).as("probes at most every 48 + 4 samples once it has lasted")
                .isGreaterThanOrEqualTo(52);
    }

    @Test
    void aDownLinkForgetsTheSaturation() {
        var link = new Link();
        for (int i = 0; i < 20; i++) {
            link.sample(400, 1000);
        }
        assertThat(link.sample(true, 0, 0, 0, GIG).effective().down()).isLessThan(500 * MBPS);
        assertThat(link.sample(false, 0, 0, 0, GIG).effective()).isEqualTo(Bandwidth.ZERO);
        link.sample(true, 1000, 0, 0, null);
        assertThat(link.sample(true, 1000, 0, 0, null).effective()).isEqualTo(GIG);
        assertThat(link.e.ceiling()).isEqualTo(GIG);
    }

    @Test
    void noiseOfFivePercentOnASaturatedLinkNeverMovesThePublishedValueOnceSettled() {
        forAll("saturated, noisy: no flapping", 1821L, 500,
                r -> new long[] {between(r, 50L, 450L), r.nextLong()}, p -> {
                    var link = new Link();
                    var noise = new Random(p[1]);
                    long level = p[0];
                    for (int i = 0; i < 12; i++) {
                        link.sample(level, 1000);
                    }
                    var settled = link.e.estimate().effective();
                    assertThat(settled.down()).as("settled on what it carries + 5 %")
                            .isEqualTo(Math.round(level * MBPS * 1.05));
                    for (int i = 0; i < 60; i++) {
                        link.sample(level * (1 + (noise.nextDouble() - 0.5) / 10), 1000);
                        assertThat(link.e.estimate().effective()).as("sample %d", i).isEqualTo(settled);
                    }
                });
    }

    @Test
    void noiseOfFivePercentOnALinkThatDeliversWhatIsOfferedNeverLowersIt() {
        forAll("delivering, noisy: contracted", 1822L, 500, r -> new long[] {between(r, 1L, 1000L), r.nextLong()},
                p -> {
                    var link = new Link();
                    var noise = new Random(p[1]);
                    for (int i = 0; i < 60; i++) {
                        double carried = Math.min(1000, p[0] * (1 + (noise.nextDouble() - 0.5) / 10));
                        assertThat(link.sample(carried, p[0]).effective()).as("sample %d", i).isEqualTo(GIG);
                    }
                });
    }

    private record Step(boolean up, long sync, long carriedDown, long carriedUp, Bandwidth offered) {
    }

    @Test
    void neverAboveContractedAndZeroWhileDown() {
        forAll("bounded, zero when down", 1823L, 1000, r -> {
            var steps = new ArrayList<Step>();
            int n = between(r, 1, 80);
            for (int i = 0; i < n; i++) {
                steps.add(new Step(r.nextInt(8) != 0, r.nextInt(4) == 0 ? 0L : between(r, 1L, 1500L),
                        between(r, 0L, 1500L), between(r, 0L, 1500L),
                        r.nextInt(5) == 0 ? null : Bandwidth.mbps(between(r, 0, 1500), between(r, 0, 1500))));
            }
            return (List<Step>) steps;
        }, steps -> {
            var link = new Link();
            for (var s : steps) {
                var est = link.sample(s.up(), s.sync(), s.carriedDown(), s.carriedUp(), s.offered());
                assertThat(est.effective().fitsWithin(GIG)).as("within contracted").isTrue();
                if (!s.up()) {
                    assertThat(est.effective()).isEqualTo(Bandwidth.ZERO);
                }
                assertThat(link.e.ceiling().fitsWithin(GIG)).isTrue();
            }
        });
    }

    @Test
    void neverAboveASteadySyncRateWhateverIsOfferedOrCarried() {
        forAll("within a steady sync rate", 1824L, 1000, r -> new long[] {between(r, 1L, 1000L), r.nextLong()}, p -> {
            var link = new Link();
            var rnd = new Random(p[1]);
            long sync = p[0];
            for (int i = 0; i < 12; i++) {
                link.sample(true, sync, 0, 0, null);
            }
            for (int i = 0; i < 60; i++) {
                var est = link.sample(true, sync, between(rnd, 0L, 1200L), between(rnd, 0L, 1200L),
                        Bandwidth.mbps(between(rnd, 0, 1200), between(rnd, 0, 1200)));
                assertThat(est.effective().fitsWithin(Bandwidth.mbps(sync, sync))).as("sample %d", i).isTrue();
            }
        });
    }

    @Test
    void saturationSettingsAreChecked() {
        assertThatThrownBy(() -> new UplinkEstimator.Saturation(1, 3, 0.05, 6, 48, 0.1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UplinkEstimator.Saturation(0.9, 0, 0.05, 6, 48, 0.1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UplinkEstimator.Saturation(0.9, 3, -0.1, 6, 48, 0.1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UplinkEstimator.Saturation(0.9, 3, 0.05, -1, 48, 0.1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UplinkEstimator.Saturation(0.9, 3, 0.05, 6, 5, 0.1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UplinkEstimator.Saturation(0.9, 3, 0.05, 6, 48, 0))
                .isInstanceOf(InvalidValueException.class);
    }
}
