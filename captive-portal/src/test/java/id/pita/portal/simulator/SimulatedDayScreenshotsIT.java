package id.pita.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.portal.app.StartBanner;
import id.pita.portal.testing.DevTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's screenshots, taken from the simulator's run (what {@code scripts/run} starts, shortened to the
 * afternoon and evening): the public status page and the console's dashboard after the 16.00 switch, when the
 * offices' capacity has gone to the hotspots. Written to {@code target/screenshots/simulated-day/}; copied to
 * {@code docs/screenshots/} by hand when the pages change.
 */
class SimulatedDayScreenshotsIT {
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Path SHOTS = Path.of("target", "screenshots", "simulated-day");

    @Test
    void statusPageAndDashboardDuringTheSimulatedEvening(@TempDir Path dir) throws Exception {
        Files.createDirectories(SHOTS);
        var start = LocalDate.of(2026, 11, 23).atTime(LocalTime.of(14, 0)).atZone(WITA).toInstant();
        var shotAt = start.plus(Duration.ofHours(3).plusMinutes(30));
        var options = new SimulationRun.Options("paser", 8, 4, 15, Optional.of(Bandwidth.mbps(200, 100)), 600,
                start, start.plus(Duration.ofHours(5)), Duration.ofSeconds(30), dir.resolve("pita.db"), 0,
                Duration.ofMillis(50), 42);
        try (var run = SimulationRun.start(options); var browser = new DevTools()) {
            var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (run.clock().instant().isBefore(shotAt) && System.nanoTime() < deadline) {
                Thread.sleep(50); // the simulated day runs on its own fast clock; this waits for 17.30 there
            }
            assertThat(run.clock().instant()).isAfterOrEqualTo(shotAt);
            var site = StartBanner.base(run.pita().webAddress());
            var admin = StartBanner.base(run.pita().adminAddress());
            browser.viewport(1280, 800);
            browser.navigate(site + "/status");
            var status = (String) browser.eval("document.body.innerText");
            assertThat(status).contains("kapasitas kembali diutamakan untuk kantor").contains("Kapasitas untuk publik");
            Files.write(SHOTS.resolve("status-simulated-day.png"), browser.screenshot());

            // The first log-in as a person does it: the printed password, one's own, a second factor.
            browser.navigate(admin + "/console/login");
            browser.andWaitForNewPage("document.getElementById('u').value = 'admin';"
                    + "document.getElementById('p').value = '" + run.pita().bootstrapPassword().orElseThrow() + "';"
                    + "document.querySelector('form').submit()");
            browser.andWaitForNewPage("var i = document.getElementById('password-newPassword');"
                    + "i.value = 'diskominfo paser satu komando'; i.form.submit()");
            var secret = (String) browser.eval("document.getElementById('totp-secret').innerText");
            browser.andWaitForNewPage("document.getElementById('totp-currentPassword').value = "
                    + "'diskominfo paser satu komando'; document.getElementById('totp-code').value = '"
                    + id.pita.portal.auth.Totp.code(secret, java.time.Instant.now()) + "';"
                    + "document.getElementById('totp-code').form.submit()");
            browser.navigate(admin + "/console");
            assertThat(browser.eval("location.pathname")).isEqualTo("/console");
            var hotspots = (String) browser.eval("document.querySelector('[data-live=\"hotspot.use\"]').textContent");
            assertThat(hotspots).as("the public uses the released capacity").doesNotStartWith("0 ");
            Files.write(SHOTS.resolve("console-dashboard.png"), browser.screenshot());
            assertThat(faultNotesCoveringText(browser)).as("fault notes over the text of their cell").isEmpty();
            browser.navigate(admin + "/console/gateways");
            assertThat(((Number) browser.eval("document.querySelectorAll('span.err').length")).intValue())
                    .as("gateway faults shown").isPositive();
            assertThat(faultNotesCoveringText(browser)).as("fault notes over the text of their cell").isEmpty();
            browser.navigate(admin + "/console/reports");
            Files.write(SHOTS.resolve("console-report.png"), browser.screenshot());
        }
    }

    /**
     * The text of a cell that a fault note ({@code span.err}, with its padding and border) covers on screen, as
     * the simulated day's unsigned-request notes once covered the "last seen" time above them.
     */
    private static String faultNotesCoveringText(DevTools browser) throws Exception {
        return (String) browser.eval("(() => { const out = [];"
                + "document.querySelectorAll('span.err').forEach(s => { const b = s.getBoundingClientRect();"
                + "const w = document.createTreeWalker(s.parentElement, NodeFilter.SHOW_TEXT); let n;"
                + "while ((n = w.nextNode())) { if (s.contains(n) || !n.textContent.trim()) continue;"
                + "const r = document.createRange(); r.selectNodeContents(n);"
                + "for (const q of r.getClientRects()) { if (q.bottom > b.top + 1 && q.top < b.bottom - 1"
                + " && q.right > b.left + 1 && q.left < b.right - 1) out.push(n.textContent.trim()); } } });"
                + "return out.join(' | '); })()");
    }
}
