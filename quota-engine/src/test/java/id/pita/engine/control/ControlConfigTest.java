package id.pita.engine.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ControlConfigTest {
    private static final Duration HALF_LIFE = Duration.ofMinutes(2);

    @Test
    void defaultsAreThirtySecondsAndTenPercent() {
        var c = ControlConfig.defaults();
        assertThat(c.period()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.hysteresis()).isEqualTo(0.10);
        assertThat(c.pushSpacing()).isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void periodMustBeBetweenFiveSecondsAndTenMinutes() {
        new ControlConfig(Duration.ofSeconds(5), 0.1, 10, HALF_LIFE);
        new ControlConfig(Duration.ofMinutes(10), 0.1, 10, HALF_LIFE);
        assertThatThrownBy(() -> new ControlConfig(Duration.ofMillis(4999), 0.1, 10, HALF_LIFE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("period")
                .hasMessageContaining("4.999 s");
        assertThatThrownBy(() -> new ControlConfig(Duration.ofSeconds(601), 0.1, 10, HALF_LIFE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("600 s");
    }

    @Test
    void hysteresisMustBeBetweenZeroAndHundredPercent() {
        new ControlConfig(Duration.ofSeconds(30), 0.0, 10, HALF_LIFE);
        new ControlConfig(Duration.ofSeconds(30), 1.0, 10, HALF_LIFE);
        assertThatThrownBy(() -> new ControlConfig(Duration.ofSeconds(30), 1.5, 10, HALF_LIFE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("150.0 %");
        assertThatThrownBy(() -> new ControlConfig(Duration.ofSeconds(30), Double.NaN, 10, HALF_LIFE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("hysteresis");
    }

    @Test
    void pushRateMustBePositiveAndBounded() {
        assertThatThrownBy(() -> new ControlConfig(Duration.ofSeconds(30), 0.1, 0, HALF_LIFE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxPushesPerGateway");
        assertThat(new ControlConfig(Duration.ofSeconds(30), 0.1, 4, HALF_LIFE).pushSpacing())
                .isEqualTo(Duration.ofMillis(250));
    }
}
