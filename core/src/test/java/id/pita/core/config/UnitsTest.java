package id.pita.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The one grammar every file and flag uses for rates, sizes and durations. */
class UnitsTest {
    @Test
    void ratesAreDecimalBitsPerSecond() {
        assertThat(Units.rate("100M")).isEqualTo(100_000_000L);
        assertThat(Units.rate("2M")).isEqualTo(2_000_000L);
        assertThat(Units.rate("512k")).isEqualTo(512_000L);
        assertThat(Units.rate("512K")).isEqualTo(512_000L);
        assertThat(Units.rate("1G")).isEqualTo(1_000_000_000L);
        assertThat(Units.rate("2.5M")).isEqualTo(2_500_000L);
        assertThat(Units.rate("64000")).isEqualTo(64_000L);
    }

    @Test
    void ratesMayCarryTheirUnit() {
        assertThat(Units.rate("1.5 Mbps")).isEqualTo(1_500_000L);
        assertThat(Units.rate("1.5mbps")).isEqualTo(1_500_000L);
        assertThat(Units.rate("100 Mbit/s")).isEqualTo(100_000_000L);
        assertThat(Units.rate("512 kbps")).isEqualTo(512_000L);
        assertThat(Units.rate("64000 bit/s")).isEqualTo(64_000L);
        assertThat(Units.rate(" 1 Gbps ")).isEqualTo(1_000_000_000L);
    }

    @Test
    void sizesAreDecimalBytes() {
        assertThat(Units.size("500MB")).isEqualTo(500_000_000L);
        assertThat(Units.size("1GB")).isEqualTo(1_000_000_000L);
        assertThat(Units.size("0")).isZero();
    }

    @Test
    void durationsCombineUnitsFromMillisecondsToDays() {
        assertThat(Units.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Units.duration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Units.duration("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Units.duration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Units.duration("1h 30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Units.duration("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Units.duration("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(Units.duration("1m500ms")).isEqualTo(Duration.ofMillis(60_500));
        assertThat(Units.duration("0")).isZero();
    }

    @Test
    void formatsWriteWhatTheParsersRead() {
        for (var d : new Duration[] {Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofDays(90),
                Duration.ofMinutes(90)}) {
            assertThat(Units.duration(Units.format(d))).isEqualTo(d);
        }
        assertThat(Units.format(Duration.ofDays(14))).isEqualTo("14d");
        for (long r : new long[] {2_000_000L, 512_000L, 1_500L, 1_000_000_000L, 7L}) {
            assertThat(Units.rate(Units.formatRate(r))).isEqualTo(r);
        }
    }

    @Test
    void rejectsWrongUnitsWithAHint() {
        assertThatThrownBy(() -> Units.rate("100Mb")).hasMessageContaining("512k, 100M, 1G or 1.5 Mbps");
        assertThatThrownBy(() -> Units.rate("2m")).hasMessageContaining("not a rate");
        assertThatThrownBy(() -> Units.rate("0.5")).hasMessageContaining("whole number of bit/s");
        assertThatThrownBy(() -> Units.size("1GiB")).hasMessageContaining("500MB");
        assertThatThrownBy(() -> Units.duration("2 hours")).hasMessageContaining("1h30m");
        assertThatThrownBy(() -> Units.duration("0.5ms")).hasMessageContaining("whole number of milliseconds");
        assertThatThrownBy(() -> Units.duration("")).hasMessageContaining("not a duration");
    }
}
