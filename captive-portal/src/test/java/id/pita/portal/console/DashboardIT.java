package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.core.format.LocalFormat;
import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import id.pita.portal.testing.DevTools;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The dashboard without script (server-rendered figures equal the API's) and with it (Server-Sent Events). */
class DashboardIT {
    private static final LocalFormat ID = LocalFormat.indonesian(ZoneId.of("Asia/Makassar"));

    @Test
    void pageShowsPoolUseClassSharesAndSiteBarsWithTheApisFigures() throws Exception {
        try (var server = new ConsoleServer()) {
            var admin = server.client();
            admin.login("admin", ConsoleServer.PASSWORD);
            var page = admin.get("/console").body();
            var api = new JsonObject(admin.get("/api/v1/live").body());
            long down = api.getJsonObject("office").getJsonObject("use").getLong("down")
                    + api.getJsonObject("hotspot").getJsonObject("use").getLong("down");
            assertThat(page).contains("<span data-live=\"poolDown\">" + ID.rate(down) + "</span>")
                    .contains("<span data-live=\"poolDown\">54 Mbps</span>")
                    .contains("<span data-live=\"poolDownPct\">54%</span> dari pool 100 Mbps")
                    .contains("<span data-live=\"poolUp\">12 Mbps</span>")
                    .contains("<span data-live=\"office.share\">60% – 100%</span>")
                    .contains("<span data-live=\"site.bappeda.use\">18 Mbps</span>")
                    .contains("<span data-live=\"site.bappeda.alloc\">30 Mbps</span>")
                    .contains("<span data-live=\"next\">pukul 16.00 WITA</span>")
                    .contains("Kesehatan gateway").contains("<title>")
                    .containsPattern("<tr data-gateway=\"gw-taman\"><td>gw-taman</td><td>Taman Kota</td><td>MikroTik"
                            + "</td><td>belum pernah</td></tr>")
                    .doesNotContainPattern("\\d+(\\.\\d+)?k/").doesNotContain("Asia/Makassar");
            assertThat(page).contains("<script src=\"/console/dashboard.js\" defer></script>")
                    .doesNotContainPattern("<script>").contains("<noscript><meta http-equiv=\"refresh\"");
            assertThat(admin.get("/console?range=7d").body()).contains("Lalu lintas 7 hari").contains(">Sen 23</text>");
            assertThat(admin.get("/console?lang=en").body()).contains("Pool use now, download")
                    .contains("<span data-live=\"next\">at 16:00 WITA</span>");
            var js = admin.get("/console/dashboard.js");
            assertThat(js.headers().firstValue("content-type").orElseThrow()).startsWith("text/javascript");
            assertThat(js.body()).contains("new EventSource('/console/live?refresh=auto')"); // background: no activity
        }
    }

    @Test
    void liveStreamSendsTheSameFiguresAtOnceAndTheNewOnesNextPeriod() throws Exception {
        try (var server = new ConsoleServer()) {
            var admin = server.client();
            admin.login("admin", ConsoleServer.PASSWORD);
            var res = admin.stream("/console/live");
            assertThat(res.headers().firstValue("content-type").orElseThrow()).startsWith("text/event-stream");
            try (var in = new BufferedReader(new InputStreamReader(res.body(), StandardCharsets.UTF_8))) {
                var first = nextEvent(in);
                assertThat(first.getJsonObject("texts").getString("poolDown")).isEqualTo("54 Mbps");
                assertThat(first.getJsonObject("widths").getDouble("poolDown")).isEqualTo(54.0);
                var s = server.snapshot();
                server.live.set(new LiveSnapshot(s.regime(), s.officeAllocation(), s.hotspotAllocation(),
                        Bandwidth.mbps(80, 8), Bandwidth.mbps(17.5, 4), s.sites(), s.hotspots()));
                var second = nextEvent(in);
                assertThat(second.getJsonObject("texts").getString("poolDown")).isEqualTo("97,5 Mbps");
                assertThat(second.getJsonArray("warnings").encode()).contains("Pool hampir penuh: 97,5 Mbps dari 100 Mbps");
            }
            assertThat(new Client(server.base()).get("/console/live").statusCode()).isEqualTo(302);
        }
    }

    @Test
    void chromiumSwapsTheFiguresInPlaceWithoutReloading() throws Exception {
        try (var server = new ConsoleServer(); var browser = new DevTools()) {
            browser.navigate(server.base() + "/console/login");
            browser.andWaitForNewPage("document.getElementById('u').value = 'admin';"
                    + "document.getElementById('p').value = '" + ConsoleServer.PASSWORD + "';"
                    + "document.querySelector('form').submit()");
            browser.andWaitForNewPage("document.getElementById('otp').value = '" + server.otp("admin") + "';"
                    + "document.querySelector('form').submit()");
            browser.waitFor("document.documentElement.getAttribute('data-live-seq') === '1'", 20);
            browser.eval("window.__samePage = true");
            var s = server.snapshot();
            server.live.set(new LiveSnapshot(s.regime(), s.officeAllocation(), s.hotspotAllocation(),
                    Bandwidth.mbps(80, 8), Bandwidth.mbps(17.5, 4), s.sites(), s.hotspots()));
            browser.waitFor("document.querySelector('[data-live=poolDown]').textContent === '97,5 Mbps'", 20);
            assertThat(browser.eval("window.__samePage")).isEqualTo(true);
            assertThat(browser.eval("document.querySelector('[data-w=poolDown]').getAttribute('width')"))
                    .isEqualTo("97.5");
            assertThat((String) browser.eval("document.getElementById('warnings').innerText"))
                    .contains("Pool hampir penuh");
        }
    }

    private static JsonObject nextEvent(BufferedReader in) throws Exception {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("data: ")) {
                return new JsonObject(line.substring(6));
            }
        }
        throw new AssertionError("stream ended");
    }
}
