package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.format.LocalFormat;
import id.pita.portal.report.UtilisationLine;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class TrafficChartTest {
    private static final LocalFormat ID = LocalFormat.indonesian(ZoneId.of("Asia/Makassar"));
    private static final TrafficChart.Labels WORDS = new TrafficChart.Labels("Kantor", "Publik", "Kapasitas",
            "(di atas skala)", "Lalu lintas");
    private static final Instant MIDNIGHT = Instant.parse("2026-11-22T16:00:00Z");

    /** {@code hours} hours of {@code officeMbps} and {@code publicMbps} on a pool of {@code capacityMbps}. */
    private static ArrayList<UtilisationLine> day(double officeMbps, double publicMbps, long capacityMbps) {
        var lines = new ArrayList<UtilisationLine>();
        for (int h = 0; h < 24; h++) {
            long office = Math.round(officeMbps * 1e6 / 8 * 3600);
            long pub = Math.round(publicMbps * 1e6 / 8 * 3600);
            lines.add(new UtilisationLine(String.format("%02d.00", h), MIDNIGHT.plusSeconds(3600L * h), 3600, office,
                    office / 4, pub, pub / 4, capacityMbps * 1_000_000, capacityMbps * 500_000));
        }
        return lines;
    }

    @Test
    void realTrafficOnAGigabitPoolIsScaledToTheTrafficWithTheCapacityNotedAboveTheScale() {
        var svg = TrafficChart.svg(day(30, 12, 1000), 3, WORDS, ID);
        // 42 Mbps peak: gridlines every 10 Mbps up to 50, not a flat line under a 1 Gbps axis.
        assertThat(svg).contains(">0</text>").contains(">10</text>").contains(">40</text>")
                .contains(">50 Mbps</text>").doesNotContain(">60").contains("Kapasitas 1 Gbps (di atas skala)");
        assertThat(svg).doesNotContain("stroke-dasharray");
    }

    @Test
    void capacityIsADashedLineWhenTrafficReachesAThirdOfIt() {
        var svg = TrafficChart.svg(day(55, 15, 100), 3, WORDS, ID);
        assertThat(svg).contains("stroke-dasharray").contains("Kapasitas 100 Mbps</text>")
                .contains(">120 Mbps</text>").contains(">20</text>");
    }

    @Test
    void everyBarSaysItsFiguresOnHoverAndTheAxisIsLabelled() {
        var svg = TrafficChart.svg(day(29.7, 0.5, 200), 3, WORDS, ID);
        assertThat(svg).contains("<title>Senin, 23 November 2026 pukul 00.00 WITA: Kantor 29,7 Mbps, Publik 0,5 Mbps"
                + "</title>");
        assertThat(svg.split("<title>", -1)).hasSize(25);
        assertThat(svg).contains(">00.00</text>").contains(">03.00</text>").contains(">21.00</text>")
                .doesNotContain(">01.00</text>");
        assertThat(svg).contains(">Kantor</text>").contains(">Publik</text>");
    }

    @Test
    void gridlineStepsAreRound() {
        assertThat(TrafficChart.niceStep(100)).isEqualTo(20);
        assertThat(TrafficChart.niceStep(42)).isEqualTo(10);
        assertThat(TrafficChart.niceStep(1000)).isEqualTo(200);
        assertThat(TrafficChart.niceStep(3)).isEqualTo(1);
    }
}
