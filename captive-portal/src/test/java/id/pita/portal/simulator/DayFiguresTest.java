package id.pita.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.config.DistrictFiles;
import id.pita.core.district.SiteKind;
import id.pita.core.store.UsageHour;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayFiguresTest {
    @Test
    void jainIsOneForEqualSharesAndOneOverNWhenOneTakesAll() {
        assertThat(DayFigures.jain(List.of(5.0, 5.0, 5.0, 5.0))).isEqualTo(1.0);
        assertThat(DayFigures.jain(List.of(8.0, 0.0, 0.0, 0.0))).isEqualTo(0.25);
        assertThat(DayFigures.jain(List.of(1.0, 2.0))).isCloseTo(9.0 / 10.0, within(1e-12));
    }

    @Test
    void withoutTheReleaseOnlyOfficeUseInOfficeHoursCounts() {
        var paser = DistrictFiles.demo("paser");
        var calendar = new RegimeCalendar(paser.calendar(), paser.zone());
        var from = Instant.parse("2026-11-23T00:00:00Z"); // Monday 08:00 WITA
        var hours = List.of(
                new UsageHour("setda", SiteKind.OFFICE, from, 0, 450_000_000L),                  // 08:00 WITA
                new UsageHour("setda", SiteKind.OFFICE, from.plusSeconds(12 * 3600), 0, 90_000_000L), // 20:00
                new UsageHour("hs", SiteKind.HOTSPOT, from.plusSeconds(12 * 3600), 0, 360_000_000L));
        var to = from.plusSeconds(24 * 3600);

        var u = DayFigures.utilisation(hours, 1_000_000L, calendar, from, to);

        double capacity = 1_000_000 / 8.0 * 86_400; // 10.8 GB
        assertThat(u.withoutRelease()).isCloseTo(450_000_000 / capacity, within(1e-12));
        assertThat(u.withRelease()).isCloseTo(900_000_000 / capacity, within(1e-12));
    }
}
