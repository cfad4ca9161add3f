package id.pita.engine.radius.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RadiusServerConfigTest {
    @Test
    void defaultsUseTheStandardPorts() {
        var c = RadiusServerConfig.defaults();
        assertThat(c.authPort()).isEqualTo(1812);
        assertThat(c.accountingPort()).isEqualTo(1813);
    }

    @Test
    void rejectsOutOfRangeValuesNamingFieldBoundsAndUnit() {
        assertThatThrownBy(() -> new RadiusServerConfig("0.0.0.0", 1812, 1813, 0, 100, Duration.ofSeconds(30), 100,
                Duration.ofSeconds(1))).isInstanceOf(InvalidValueException.class)
                .hasMessage("radius.workerThreads: must be between 1 threads and 64 threads (was 0 threads)");
        assertThatThrownBy(() -> new RadiusServerConfig("0.0.0.0", 1812, 1813, 2, 100, Duration.ofMillis(10), 100,
                Duration.ofSeconds(1))).hasMessageContaining("radius.duplicateTtl").hasMessageContaining("1000 ms");
        assertThatThrownBy(() -> new RadiusServerConfig("0.0.0.0", 70000, 1813, 2, 100, Duration.ofSeconds(30), 100,
                Duration.ofSeconds(1))).hasMessageContaining("radius.authPort");
    }
}
