package id.pita.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void ratesAreDecimalBitsPerSecond() {
        assertThat(Units.rate("100M")).isEqualTo(100_000_000L);
        assertThat(Units.rate("512k")).isEqualTo(512_000L);
        assertThat(Units.rate("1G")).isEqualTo(1_000_000_000L);
        assertThat(Units.rate("2.5M")).isEqualTo(2_500_000L);
        assertThat(Units.rate("64000")).isEqualTo(64_000L);
    }

    @Test
    void sizesAreDecimalBytes() {
        assertThat(Units.size("500MB")).isEqualTo(500_000_000L);
        assertThat(Units.size("1GB")).isEqualTo(1_000_000_000L);
        assertThat(Units.size("0")).isZero();
    }

    @Test
    void durationsCombineUnits() {
        assertThat(Units.duration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Units.duration("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Units.duration("1h30m")).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void rejectsWrongUnitsWithAHint() {
        assertThatThrownBy(() -> Units.rate("100Mb")).hasMessageContaining("512k, 100M or 1G");
        assertThatThrownBy(() -> Units.rate("0.5")).hasMessageContaining("whole number of bit/s");
        assertThatThrownBy(() -> Units.size("1GiB")).hasMessageContaining("500MB");
        assertThatThrownBy(() -> Units.duration("2 hours")).hasMessageContaining("1h30m");
    }
}
