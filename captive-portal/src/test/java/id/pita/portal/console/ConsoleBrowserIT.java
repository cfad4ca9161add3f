package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.calendar.Regime;
import id.pita.portal.testing.ConsoleServer;
import id.pita.portal.testing.DevTools;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Logs in through the real login form in Debian's Chromium, changes a policy through its form, and keeps
 * screenshots of the pages in {@code target/screenshots/} for people to look at.
 */
class ConsoleBrowserIT {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @Test
    void adminLogsInSeesTheDashboardAndChangesAPolicyInChromium() throws Exception {
        Files.createDirectories(SHOTS);
        try (var server = new ConsoleServer(); var browser = new DevTools()) {
            browser.navigate(server.base() + "/console/login");
            shot(browser, "login.png");
            browser.andWaitForNewPage("document.getElementById('u').value = 'admin';"
                    + "document.getElementById('p').value = '" + ConsoleServer.PASSWORD + "';"
                    + "document.querySelector('form').submit()");
            // The admin's second factor: the same form asks for the code next.
            assertThat((String) browser.eval("document.body.innerText")).contains("Kode verifikasi");
            browser.andWaitForNewPage("document.getElementById('otp').value = '" + server.otp("admin") + "';"
                    + "document.querySelector('form').submit()");
            assertThat(browser.eval("location.pathname")).isEqualTo("/console");
            assertThat((String) browser.eval("document.body.innerText")).contains("Rezim sekarang")
                    .contains("Taman Kota");
            assertThat(browser.eval("document.querySelectorAll('svg rect').length")).isNotEqualTo(0);
            shot(browser, "dashboard.png");

            browser.navigate(server.base() + "/console/district");
            browser.andWaitForNewPage("var i = document.getElementById('policy-AFTER_HOURS-hotspot.guaranteed');"
                    + "i.value = '0.55'; i.form.submit()");
            assertThat(server.district().policy(Regime.AFTER_HOURS).hotspot().guaranteed()).isEqualTo(0.55);
            assertThat(server.auditEntries().get(0).action()).isEqualTo("policy.update");
            browser.andWaitForNewPage("var i = document.getElementById('policy-AFTER_HOURS-hotspot.ceiling');"
                    + "i.value = '0.2'; i.form.submit()");
            assertThat((String) browser.eval("document.querySelector('.err').innerText"))
                    .contains("hotspot.guaranteed");
            shot(browser, "policy-error.png");

            browser.navigate(server.base() + "/console/reports?month=2026-11");
            shot(browser, "reports.png");
            browser.navigate(server.base() + "/console/district?lang=en");
            assertThat((String) browser.eval("document.body.innerText")).contains("Regime policies");
            browser.navigate(server.base() + "/status?lang=id");
            shot(browser, "status.png");
        }
    }

    private static void shot(DevTools browser, String name) throws Exception {
        var png = browser.screenshot();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1024);
        Files.write(SHOTS.resolve(name), png);
    }
}
