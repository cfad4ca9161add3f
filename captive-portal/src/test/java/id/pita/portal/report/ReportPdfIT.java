package id.pita.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.format.LocalFormat;
import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import id.pita.portal.testing.Districts;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly report's PDF, read back with poppler's {@code pdftotext} and drawn with {@code pdftoppm}: its key
 * figures are the API's, formatted the Indonesian way, and its chart is drawn.
 */
class ReportPdfIT {
    private static final LocalFormat ID = LocalFormat.indonesian(Districts.WITA);

    @Test
    void pdfHasTheApisFiguresBesideThePreviousMonthAndItsChart(@TempDir Path dir) throws Exception {
        try (var server = new ConsoleServer()) {
            var admin = server.client();
            admin.login("admin", ConsoleServer.PASSWORD);
            var api = new JsonObject(admin.get("/api/v1/reports/monthly?month=2026-11").body());
            var pdf = dir.resolve("report.pdf");
            var cookie = admin.get("/console/reports?month=2026-11");
            assertThat(cookie.statusCode()).isEqualTo(200);
            var res = admin.bytes("/console/reports.pdf?month=2026-11");
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.headers().firstValue("content-type").orElseThrow()).isEqualTo("application/pdf");
            Files.write(pdf, res.body());

            var text = run(dir, "pdftotext", "-layout", pdf.toString(), "-");
            assertThat(text).contains("Laporan pemanfaatan Kabupaten Paser — November 2026")
                    .contains("November 2026 (1–23)").contains("Oktober 2026")
                    .contains("Biaya per GB").contains(ID.rupiah(api.getDouble("costPerGbIdr")))
                    .contains(ID.rupiah(api.getLong("elapsedCostIdr")))
                    .contains(ID.gigabytes(api.getJsonObject("total").getLong("officeDownBytes")
                            + api.getJsonObject("total").getLong("officeUpBytes")))
                    .contains(ID.number(api.getJsonObject("released").getDouble("mbpsHours"), 1) + " Mbps-jam")
                    .contains("Rata-rata unduh per hari").contains("Senin, 23 November 2026");
            assertThat(text).doesNotContainPattern("Rp \\d{1,3}(,\\d{3})+").doesNotContain("Mbps-hours");

            run(dir, "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf.toString(), dir.resolve("page")
                    .toString());
            var png = Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".png")).findFirst()
                    .orElseThrow();
            var image = ImageIO.read(png.toFile());
            int office = 0;
            int pub = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y) & 0xffffff;
                    office += near(rgb, 0x0b4f6c) ? 1 : 0;
                    pub += near(rgb, 0xf0a030) ? 1 : 0;
                }
            }
            assertThat(office).as("office bars drawn").isGreaterThan(20);
            assertThat(pub).as("public bars drawn").isGreaterThan(20);
        }
    }

    private static boolean near(int rgb, int target) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((target >> shift) & 0xff)) > 24) {
                return false;
            }
        }
        return true;
    }

    private static String run(Path dir, String... command) throws Exception {
        var bin = Path.of("/usr/bin", command[0]);
        if (!Files.isExecutable(bin)) {
            throw new AssertionError(bin + " is required (apt-get install poppler-utils)");
        }
        var p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        var out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
