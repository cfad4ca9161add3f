package id.pita.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.PitaException;
import id.pita.core.district.Bandwidth;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {
    @Test
    void startsAt0600LocalOnTheGivenDayAndRunsTheGivenHoursAtTheGivenSpeed() {
        var o = SimulatorMain.options(new String[] {"--start", "2026-11-23", "--hours", "17", "--speed", "600",
            "--pool-mbps", "300", "--citizens", "7"});

        assertThat(o.start()).isEqualTo(Instant.parse("2026-11-22T22:00:00Z")); // 06:00 WITA
        assertThat(Duration.between(o.start(), o.until())).isEqualTo(Duration.ofHours(17));
        assertThat(o.speed()).isEqualTo(600);
        assertThat(o.pool()).hasValue(Bandwidth.mbps(300, 150));
        assertThat(o.citizensPerHotspot()).isEqualTo(7);
        assertThat(o.offices()).isEqualTo(8);
        assertThat(o.hotspots()).isEqualTo(4);
    }

    @Test
    void anArgumentWithoutItsValueIsAUsageError() {
        assertThatThrownBy(() -> SimulatorMain.options(new String[] {"--speed"}))
                .isInstanceOf(PitaException.class).hasMessageContaining("usage: SimulatorMain");
        assertThatThrownBy(() -> SimulatorMain.options(new String[] {"--speed", "0"}))
                .isInstanceOf(PitaException.class).hasMessageContaining("speed");
    }
}
