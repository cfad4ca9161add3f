package id.pita.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.core.format.LocalFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code scripts/run} prints: Bahasa Indonesia by default, no raw records, a demo portal link that opens. */
class SimulationWatchIT {
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Test
    void printsIndonesianLinesFormattedFiguresAndADemoPortalThatOpensInABrowser(@TempDir Path dir) throws Exception {
        var start = LocalDate.of(2026, 11, 23).atTime(LocalTime.of(15, 30)).atZone(WITA).toInstant();
        var options = new SimulationRun.Options("paser", 2, 1, 2, Optional.of(Bandwidth.mbps(200, 100)), 600, start,
                start.plus(Duration.ofHours(3)), Duration.ofSeconds(30), dir.resolve("pita.db"), 0,
                Duration.ofMillis(50), 42);
        var bytes = new ByteArrayOutputStream();
        String portal = null;
        try (var run = SimulationRun.start(options); var out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            SimulationWatch.watch(run, options, out, false);
            var text = bytes.toString(StandardCharsets.UTF_8);
            var m = Pattern.compile("Portal demo  : (\\S+)").matcher(text);
            assertThat(m.find()).as(text).isTrue();
            portal = m.group(1);
            var http = HttpClient.newHttpClient();
            var page = http.send(HttpRequest.newBuilder(URI.create(portal)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains("<form");
        }
        var text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Pita berjalan (").contains("Portal warga : ").contains("Konsol       : ")
                .contains("Simulasi ").contains("Utilisasi kapasitas langganan: ")
                .contains("  RADIUS     : ").contains(" diterima, ").contains("  Akuntansi  : ");
        assertThat(text).doesNotContain("SimulatorStats[").doesNotContain("Mbit/s").doesNotContain("OFFICE_HOURS")
                .doesNotContain("is running").doesNotContain(" / is ");
        assertThat(text).containsPattern("\nSen 2026-11-23 1[5-8]\\.\\d\\d  (Jam kerja|Di luar jam kerja) +kantor +\\d+,\\d "
                + "Mbps +hotspot +\\d+,\\d Mbps \\(\\d+ ponsel\\)\n");
    }

    @Test
    void statsReadAsSentencesInEitherLanguage() {
        var stats = new SimulatorStats();
        stats.count(SimulatorStats.Event.ACCESS_ACCEPT);
        stats.count(SimulatorStats.Event.COA_ACK);
        assertThat(SimulationWatch.stats(stats, LocalFormat.indonesian(WITA)).get(0))
                .isEqualTo("  RADIUS     : 1 diterima, 0 ditolak, 0 tanpa jawaban");
        assertThat(SimulationWatch.stats(stats, LocalFormat.english(WITA)).get(2))
                .isEqualTo("  CoA        : 1 applied, 0 refused; disconnect: 0 applied, 0 refused");
    }
}
