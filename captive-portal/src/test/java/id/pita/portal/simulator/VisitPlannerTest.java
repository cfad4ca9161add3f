package id.pita.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VisitPlannerTest {
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Test
    void citizensComeFromThreeInTheAfternoonMostlyAfterFourAndTheSameSeedPlansTheSameDay() {
        var planner = new VisitPlanner(3, 40, 0.25, WITA);
        var day = LocalDate.of(2026, 11, 23);

        var visits = planner.plan(day, new Random(1));

        assertThat(visits).hasSize(40);
        assertThat(visits).filteredOn(v -> v.heavy).hasSize(10);
        assertThat(visits).allSatisfy(v -> {
            var local = v.arrival.atZone(WITA).toLocalTime();
            assertThat(local).isBetween(LocalTime.of(15, 0), LocalTime.of(22, 0));
            assertThat(v.stay.toMinutes()).isBetween(45L, 120L);
        });
        assertThat(visits).filteredOn(v -> v.arrival.atZone(WITA).toLocalTime().isAfter(LocalTime.of(16, 0)))
                .hasSizeGreaterThanOrEqualTo(30);
        assertThat(visits).extracting(v -> v.mac).doesNotHaveDuplicates();
        assertThat(planner.plan(day, new Random(1))).extracting(v -> v.arrival)
                .containsExactlyElementsOf(visits.stream().map(v -> v.arrival).toList());
    }

    @Test
    void triangularArrivalsPeakInTheEvening() {
        var random = new Random(5);
        int early = 0;
        int peak = 0;
        for (int i = 0; i < 10_000; i++) {
            double h = VisitPlanner.triangular(16, 19.5, 22, random);
            assertThat(h).isBetween(16.0, 22.0);
            early += h < 17 ? 1 : 0;
            peak += h >= 19 && h < 20 ? 1 : 0;
        }
        assertThat(peak).isGreaterThan(2 * early);
    }

    @Test
    void routerOsEscapesEveryOctetAsThreeOctalDigits() {
        assertThat(PortalBrowser.octal(new byte[] {(byte) 0357, 033, 0})).isEqualTo("\\357\\033\\000");
    }
}
