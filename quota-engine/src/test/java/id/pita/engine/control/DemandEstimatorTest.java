package id.pita.engine.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.district.Bandwidth;
import id.pita.engine.access.TestDistricts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemandEstimatorTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final DemandEstimator estimator = new DemandEstimator(Duration.ofSeconds(60));

    @Test
    void firstMeasuredRateWithHeadroomIsTheDemandPerDirection() {
        estimator.observe("gw/1", 0, 0, T0);
        assertThat(estimator.estimate("gw/1")).isEmpty();
        // 1.25 MB down and 250 kB up in 10 s: 1 Mbit/s and 200 kbit/s, plus 25 % headroom
        estimator.observe("gw/1", 1_250_000, 250_000, T0.plusSeconds(10));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(1_250_000, 250_000));
    }

    @Test
    void sampleOneHalfLifeLongMovesTheEstimateHalfWay() {
        estimator.observe("gw/1", 0, 0, T0);
        estimator.observe("gw/1", 1_250_000, 0, T0.plusSeconds(10));
        // next 60 s at 3 Mbit/s = 22.5 MB: measured 2 Mbit/s
        estimator.observe("gw/1", 1_250_000 + 22_500_000, 0, T0.plusSeconds(70));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(2_500_000, 0));
    }

    @Test
    void shortSampleWeighsLess() {
        estimator.observe("gw/1", 0, 0, T0);
        estimator.observe("gw/1", 1_250_000, 0, T0.plusSeconds(10));
        // 6 s at 3 Mbit/s: alpha = 1 - 2^(-0.1) = 0.0670, measured 1.134 Mbit/s
        estimator.observe("gw/1", 1_250_000 + 2_250_000, 0, T0.plusSeconds(16));
        assertThat(estimator.estimate("gw/1").get().down()).isBetween(1_416_000L, 1_419_000L);
    }

    @Test
    void repeatedOrBackwardsSampleChangesNothingAndCounterResetStartsANewBaseline() {
        estimator.observe("gw/1", 0, 0, T0);
        estimator.observe("gw/1", 1_250_000, 0, T0.plusSeconds(10));
        estimator.observe("gw/1", 1_250_000, 0, T0.plusSeconds(10));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(1_250_000, 0));
        estimator.observe("gw/1", 100, 0, T0.plusSeconds(20));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(1_250_000, 0));
        estimator.observe("gw/1", 100 + 1_250_000, 0, T0.plusSeconds(30));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(1_250_000, 0));
    }

    @Test
    void saturatedSessionProbesOneStepOfTwiceItsLimit() {
        // 1 Mbit/s down against a 1.1 Mbit/s limit (91 %): saturated, so it may want more;
        // 200 kbit/s up against a 1 Mbit/s limit (20 %): not saturated, the measurement plus headroom stands.
        estimator.limitedTo("gw/1", new Bandwidth(1_100_000, 1_000_000));
        estimator.observe("gw/1", 0, 0, T0);
        estimator.observe("gw/1", 1_250_000, 250_000, T0.plusSeconds(10));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(2_200_000, 250_000));
    }

    @Test
    void sessionGivenItsDemandUsesEightyPercentAndDoesNotProbeAgain() {
        estimator.limitedTo("gw/1", new Bandwidth(1_250_000, 250_000));
        estimator.observe("gw/1", 0, 0, T0);
        estimator.observe("gw/1", 1_250_000, 250_000, T0.plusSeconds(10));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(1_250_000, 250_000));
    }

    @Test
    void newLimitRestartsTheMeasurementAndHoldsTheDemandMeanwhile() {
        estimator.limitedTo("gw/1", new Bandwidth(1_000_000, 1_000_000));
        estimator.observe("gw/1", 0, 0, T0);
        estimator.observe("gw/1", 1_250_000, 0, T0.plusSeconds(10)); // 1 Mbit/s: saturated
        assertThat(estimator.estimate("gw/1").get().down()).isEqualTo(2_000_000);
        // the gateway ACKs 2 Mbit/s at T0+15; the sample to T0+20 began under the old limit
        estimator.limitedTo("gw/1", new Bandwidth(2_000_000, 1_000_000), T0.plusSeconds(15));
        estimator.observe("gw/1", 1_250_000 + 1_875_000, 0, T0.plusSeconds(20));
        assertThat(estimator.estimate("gw/1").get().down()).isEqualTo(2_000_000);
        // the first sample wholly under the new limit: 1.2 Mbit/s of 2 Mbit/s, taken as is
        estimator.observe("gw/1", 1_250_000 + 1_875_000 + 1_500_000, 0, T0.plusSeconds(30));
        assertThat(estimator.estimate("gw/1").get().down()).isEqualTo(1_500_000);
    }

    @Test
    void aSessionDrawsWhatItUsedOverItsLatestIntervalWithoutHeadroomOrSmoothing() {
        assertThat(estimator.drawing("gw/1")).as("unknown before a rate is measured").isEmpty();
        estimator.limitedTo("gw/1", new Bandwidth(1_100_000, 1_000_000));
        estimator.observe("gw/1", 0, 0, T0);
        assertThat(estimator.drawing("gw/1")).isEmpty();
        // 1 Mbit/s down (saturated: the demand probes 2.2), 200 kbit/s up: it drew exactly that
        estimator.observe("gw/1", 1_250_000, 250_000, T0.plusSeconds(10));
        assertThat(estimator.drawing("gw/1")).contains(new Bandwidth(1_000_000, 200_000));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(2_200_000, 250_000));
        // 60 s at 3 Mbit/s: the demand is smoothed (2 Mbit/s measured), the draw is the interval's 3 Mbit/s
        estimator.observe("gw/1", 1_250_000 + 22_500_000, 250_000, T0.plusSeconds(70));
        assertThat(estimator.drawing("gw/1")).contains(new Bandwidth(3_000_000, 0));
        // a new limit: the draw is held, like the demand, until a sample wholly under it
        estimator.limitedTo("gw/1", new Bandwidth(8_000_000, 1_000_000), T0.plusSeconds(75));
        estimator.observe("gw/1", 23_750_000 + 1_250_000, 250_000, T0.plusSeconds(80));
        assertThat(estimator.drawing("gw/1")).contains(new Bandwidth(3_000_000, 0));
        estimator.observe("gw/1", 25_000_000 + 6_250_000, 250_000 + 125_000, T0.plusSeconds(90));
        assertThat(estimator.drawing("gw/1")).contains(new Bandwidth(5_000_000, 100_000));
    }

    @Test
    void siteDemandIsTheSumOfItsSessionsCappedAtCeilingAndCeilingWithoutData() {
        var site = TestDistricts.TAMAN;
        assertThat(RoundInputs.siteDemand(site, List.of(), Map.of())).isEqualTo(site.ceiling());
        var known = Map.of("gw/1", new Bandwidth(1_000_000, 100_000), "gw/2", new Bandwidth(1_000_000, 100_000));
        assertThat(RoundInputs.siteDemand(site, List.of("gw/1", "gw/2"), known))
                .isEqualTo(new Bandwidth(2_000_000, 200_000));
        assertThat(RoundInputs.siteDemand(site, List.of("gw/1", "gw/new"), known)).isEqualTo(site.ceiling());
    }

    @Test
    void forgetsSessionsNoLongerOnline() {
        estimator.observe("gw/1", 0, 0, T0);
        estimator.observe("gw/1", 1_250_000, 0, T0.plusSeconds(10));
        estimator.retainOnly(Set.of("gw/2"));
        assertThat(estimator.estimate("gw/1")).isEmpty();
    }

    @Test
    void rejectsNonPositiveHalfLife() {
        assertThatThrownBy(() -> new DemandEstimator(Duration.ZERO)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("halfLife");
    }
}
