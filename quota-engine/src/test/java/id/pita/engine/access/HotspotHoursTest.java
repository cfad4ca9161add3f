package id.pita.engine.access;

import static id.pita.engine.access.TestDistricts.WITA;
import static id.pita.engine.access.TestDistricts.monday;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.calendar.Regime;
import id.pita.core.calendar.RegimeState;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HotspotHoursTest {
    @Test
    void namesIndonesianZonesByOffset() {
        var t = Instant.parse("2026-11-23T00:00:00Z");
        assertThat(HotspotHours.zoneLabel(ZoneId.of("Asia/Jakarta"), t)).isEqualTo("WIB");
        assertThat(HotspotHours.zoneLabel(ZoneId.of("Asia/Pontianak"), t)).isEqualTo("WIB");
        assertThat(HotspotHours.zoneLabel(ZoneId.of("Asia/Makassar"), t)).isEqualTo("WITA");
        assertThat(HotspotHours.zoneLabel(ZoneId.of("Asia/Jayapura"), t)).isEqualTo("WIT");
        assertThat(HotspotHours.zoneLabel(ZoneId.of("Europe/Amsterdam"), t)).isEqualTo("Europe/Amsterdam");
    }

    @Test
    void saysTomorrowOrTheDateWhenTheOpeningIsNotToday() {
        var now = monday("19:00", WITA);
        assertThat(HotspotHours.localTime(monday("21:15", WITA), now, WITA)).isEqualTo("21.15 WITA");
        assertThat(HotspotHours.localTime(monday("07:30", WITA).plusSeconds(86_400), now, WITA))
                .isEqualTo("besok 07.30 WITA");
        assertThat(HotspotHours.localTime(monday("16:00", WITA).plusSeconds(3 * 86_400), now, WITA))
                .isEqualTo("26/11 16.00 WITA");
    }

    @Test
    void walksPastBoundariesThatDoNotChangeWhetherHotspotsAreOpen() {
        // both regimes open: no closing within the horizon, however many boundaries there are
        var allDay = TestDistricts.district(WITA, true);
        var regimes = TestDistricts.regimes(allDay);
        assertThat(HotspotHours.nextClosing(regimes, allDay, monday("10:00", WITA))).isEmpty();
        var paser = TestDistricts.paser();
        assertThat(HotspotHours.nextClosing(TestDistricts.regimes(paser), paser, monday("19:00", WITA)))
                .contains(monday("07:30", WITA).plusSeconds(86_400));
    }

    @Test
    void calendarWithoutBoundariesHasNoClosing() {
        RegimeSource never = at -> new RegimeState(Regime.AFTER_HOURS, Optional.empty(), "");
        assertThat(HotspotHours.nextClosing(never, TestDistricts.paser(), monday("10:00", WITA))).isEmpty();
    }
}
