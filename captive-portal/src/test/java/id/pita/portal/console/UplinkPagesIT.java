package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.engine.uplink.UplinkStatus;
import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import id.pita.portal.testing.DevTools;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The uplink said in public: the status page's sentence (both languages, and as headless Chromium renders it) and the
 * dashboard's effective-beside-contracted figure, from the engine's live snapshot with a measured short uplink.
 */
class UplinkPagesIT {
    static final Instant AT_1005 = Instant.parse("2026-11-23T02:05:00Z"); // 10.05 WITA, the server's day

    private static void shortUplink(ConsoleServer server) {
        var s = server.snapshot();
        var u = new UplinkStatus(UplinkStatus.Reading.MEASURED, Bandwidth.mbps(100, 100), Bandwidth.mbps(42, 42),
                true, AT_1005, Bandwidth.mbps(41, 12), Optional.of(ConsoleServer.START), Optional.empty());
        server.live.set(new LiveSnapshot(s.regime(), s.officeAllocation(), s.hotspotAllocation(), s.officeUse(),
                s.hotspotUse(), s.sites(), s.hotspots(), u));
    }

    @Test
    void theStatusPageAndTheDashboardSayTheUplinkIsShort() throws Exception {
        try (var server = new ConsoleServer()) {
            var anyone = new Client(server.base());
            assertThat(anyone.get("/status").body()).doesNotContain("id=\"uplink\"");
            shortUplink(server);
            assertThat(anyone.get("/status").body()).contains("<p id=\"uplink\" class=\"big\">Kapasitas internet "
                    + "sedang turun: 42 dari 100 Mbps sejak pukul 10.05 WITA.</p>");
            assertThat(anyone.get("/status?lang=en").body()).contains("Internet capacity is reduced: 42 of 100 Mbps "
                    + "since 10:05 WITA.");
            var admin = server.client();
            admin.login("admin", ConsoleServer.PASSWORD);
            assertThat(admin.get("/console").body()).contains("<span data-live=\"uplink\">42 / 100 Mbps</span>")
                    .contains("<span data-live=\"uplinkDetail\">terukur, kontrak 100 Mbps, sejak pukul 10.05 WITA"
                            + "</span>");
        }
    }

    @Test
    void chromiumShowsTheSentenceOnThePublicPage() throws Exception {
        try (var server = new ConsoleServer(); var browser = new DevTools()) {
            shortUplink(server);
            browser.navigate(server.base() + "/status");
            assertThat(browser.eval("document.getElementById('uplink').innerText")).isEqualTo(
                    "Kapasitas internet sedang turun: 42 dari 100 Mbps sejak pukul 10.05 WITA.");
        }
    }
}
