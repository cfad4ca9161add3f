package id.pita.engine.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.district.Bandwidth;
import id.pita.engine.access.TestDistricts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemandEstimatorTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final DemandEstimator estimator = new DemandEstimator(Duration.ofSeconds(60));

    @Test
    void firstMeasuredRateIsTakenAsIsPerDirection() {
        estimator.observe("gw/1", 0, 0, T0);
        assertThat(estimator.estimate("gw/1")).isEmpty();
        // 1.25 MB down and 250 kB up in 10 s: 1 Mbit/s and 200 kbit/s
        estimator.observe("gw/1", 1_250_000, 250_000, T0.plusSeconds(10));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(1_000_000, 200_000));
    }

    @Test
    void sampleOneHalfLifeLongMovesTheEstimateHalfWay() {
        estimator.observe("gw/1", 0, 0, T0);
        estimator.observe("gw/1", 1_250_000, 0, T0.plusSeconds(10));
        // next 60 s at 3 Mbit/s = 22.5 MB
        estimator.observe("gw/1", 1_250_000 + 22_500_000, 0, T0.plusSeconds(70));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(2_000_000, 0));
    }

    @Test
    void shortSampleWeighsLess() {
        estimator.observe("gw/1", 0, 0, T0);
        estimator.observe("gw/1", 1_250_000, 0, T0.plusSeconds(10));
        // 6 s at 3 Mbit/s: alpha = 1 - 2^(-0.1) = 0.0670
        estimator.observe("gw/1", 1_250_000 + 2_250_000, 0, T0.plusSeconds(16));
        assertThat(estimator.estimate("gw/1").get().down()).isBetween(1_133_000L, 1_135_000L);
    }

    @Test
    void repeatedOrBackwardsSampleChangesNothingAndCounterResetStartsANewBaseline() {
        estimator.observe("gw/1", 0, 0, T0);
        estimator.observe("gw/1", 1_250_000, 0, T0.plusSeconds(10));
        estimator.observe("gw/1", 1_250_000, 0, T0.plusSeconds(10));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(1_000_000, 0));
        estimator.observe("gw/1", 100, 0, T0.plusSeconds(20));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(1_000_000, 0));
        estimator.observe("gw/1", 100 + 1_250_000, 0, T0.plusSeconds(30));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(1_000_000, 0));
    }

    @Test
    void sessionRunningAtItsLimitIsTakenToWantTwiceTheLimit() {
        // 1 Mbit/s down measured against a 1.1 Mbit/s limit (91 %): saturated, so it may want more;
        // 200 kbit/s up against a 1 Mbit/s limit (20 %): not saturated, the measurement stands.
        estimator.limitedTo("gw/1", new Bandwidth(1_100_000, 1_000_000));
        estimator.observe("gw/1", 0, 0, T0);
        estimator.observe("gw/1", 1_250_000, 250_000, T0.plusSeconds(10));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(2_200_000, 200_000));
    }

    @Test
    void sessionWellBelowItsLimitOrWithoutOneKeepsItsMeasuredRate() {
        estimator.limitedTo("gw/1", new Bandwidth(2_000_000, 1_000_000));
        estimator.observe("gw/1", 0, 0, T0);
        estimator.observe("gw/1", 1_250_000, 250_000, T0.plusSeconds(10));
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(1_000_000, 200_000));
        estimator.limitedTo("gw/1", Bandwidth.ZERO);
        assertThat(estimator.estimate("gw/1")).contains(new Bandwidth(1_000_000, 200_000));
    }

    @Test
    void siteDemandIsTheSumOfItsSessionsCappedAtCeilingAndCeilingWithoutData() {
        var site = TestDistricts.TAMAN;
        assertThat(estimator.siteDemand(site, List.of())).isEqualTo(site.ceiling());
        for (var key : List.of("gw/1", "gw/2")) {
            estimator.observe(key, 0, 0, T0);
            estimator.observe(key, 1_250_000, 125_000, T0.plusSeconds(10));
        }
        assertThat(estimator.siteDemand(site, List.of("gw/1", "gw/2"))).isEqualTo(new Bandwidth(2_000_000, 200_000));
        assertThat(estimator.siteDemand(site, List.of("gw/1", "gw/new"))).isEqualTo(site.ceiling());
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
