package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.format.LocalFormat;
import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import id.pita.portal.testing.DevTools;
import id.pita.portal.testing.Districts;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every console page and the public status page in headless Chromium, on a laptop (1280 x 800) and a phone
 * (360 x 740): nothing wider than the screen, no English words on the Bahasa Indonesia pages, the navigation on
 * one line on the laptop, and the dashboard's and status page's figures equal to the API's. Screenshots of each
 * go to {@code target/screenshots/pages/}.
 */
class ConsolePagesBrowserIT {
    private static final Path SHOTS = Path.of("target", "screenshots", "pages");
    private static final LocalFormat ID = LocalFormat.indonesian(Districts.WITA);
    static final List<String> PAGES = List.of("/console", "/console?range=7d", "/console/district",
            "/console/sites", "/console/gateways", "/console/calendar", "/console/boosts", "/console/vouchers",
            "/console/users", "/console/reports?month=2026-11", "/console/audit", "/status");
    /**
     * English words a reader would notice on a Bahasa Indonesia page. Loanwords Indonesian uses as they are
     * (hotspot, gateway, voucher, status, total, data, portal) are not on it.
     */
    static final List<String> ENGLISH = List.of("the", "and", "of", "for", "with", "from", "until", "Dashboard",
            "District", "Sites", "Site", "Calendar", "Boosts", "Users", "Reports", "Audit log", "Log out", "Save",
            "Add", "Delete", "Approve", "Reject", "Office", "Offices", "Public", "After hours", "Office hours",
            "Allocation", "Use", "Sessions", "Open", "Closed", "Capacity", "Traffic", "Month", "Day", "Week", "Name",
            "Kind", "Code", "Area", "Weight", "Guarantee", "Ceiling", "Start", "End", "Break", "Reason", "Role",
            "Password", "Username", "Note", "Count", "Valid", "Printable", "Period", "Download", "Upload", "download",
            "upload", "guaranteed", "ceiling", "weight", "address", "site", "always on", "monthly cost", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
            "May", "June", "July", "August", "October", "December", "MONDAY", "NATIONAL", "CUTI_BERSAMA",
            "OFFICE_HOURS", "AFTER_HOURS", "Mbit/s", "phones", "hours", "start", "end");

    @Test
    void everyPageFitsLaptopAndPhoneSpeaksIndonesianAndShowsTheApisFigures() throws Exception {
        Files.createDirectories(SHOTS);
        var problems = new ArrayList<String>();
        try (var server = new ConsoleServer(); var browser = new DevTools()) {
            browser.viewport(1280, 800);
            browser.navigate(server.base() + "/console/login");
            browser.andWaitForNewPage("document.getElementById('u').value = 'admin';"
                    + "document.getElementById('p').value = '" + ConsoleServer.PASSWORD + "';"
                    + "document.querySelector('form').submit()");
            browser.andWaitForNewPage("document.getElementById('otp').value = '" + server.otp("admin") + "';"
                    + "document.querySelector('form').submit()");
            for (int[] size : new int[][] {{1280, 800}, {360, 740}}) {
                browser.viewport(size[0], size[1]);
                for (var page : PAGES) {
                    browser.navigate(server.base() + page);
                    var name = page.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + size[0];
                    Files.write(SHOTS.resolve(name + ".png"), browser.screenshot());
                    long wide = ((Number) browser.eval("document.documentElement.scrollWidth")).longValue();
                    if (wide > size[0]) {
                        problems.add(page + " at " + size[0] + " px is " + wide + " px wide");
                    }
                    var text = (String) browser.eval("document.body.innerText");
                    for (var word : ENGLISH) {
                        if (Pattern.compile("(?<![\\p{L}_])" + Pattern.quote(word) + "(?![\\p{L}_])").matcher(text)
                                .find()) {
                            problems.add(page + " has the English word '" + word + "'");
                        }
                    }
                    if (size[0] == 1280 && !page.equals("/status")) {
                        // One line: every item's vertical centre within a few pixels of the first's.
                        var spread = browser.eval("(() => { const c = Array.from(document.querySelectorAll("
                                + "'header > *')).map(e => { const r = e.getBoundingClientRect(); "
                                + "return r.top + r.height / 2; }); return Math.max(...c) - Math.min(...c); })()");
                        if (((Number) spread).doubleValue() > 4) {
                            problems.add(page + ": the navigation wraps at 1280 px (" + spread + " px)");
                        }
                    }
                }
            }
            assertThat(problems).isEmpty();

            // The figures a person reads are the API's, through the one formatter.
            var api = server.client();
            api.login("admin", ConsoleServer.PASSWORD);
            var live = new JsonObject(api.get("/api/v1/live").body());
            browser.viewport(1280, 800);
            browser.navigate(server.base() + "/console");
            long down = live.getJsonObject("office").getJsonObject("use").getLong("down")
                    + live.getJsonObject("hotspot").getJsonObject("use").getLong("down");
            assertThat(browser.eval("document.querySelector('[data-live=poolDown]').textContent"))
                    .isEqualTo(ID.rate(down));
            for (var s : live.getJsonArray("sites")) {
                var site = (JsonObject) s;
                assertThat(browser.eval("document.querySelector('[data-live=\"site." + site.getString("siteCode")
                        + ".alloc\"]').textContent")).isEqualTo(ID.rate(site.getJsonObject("allocation")
                        .getLong("down")));
            }
            var status = new JsonObject(api.get("/api/v1/public/status").body());
            browser.navigate(server.base() + "/status");
            var today = status.getJsonObject("today");
            assertThat((String) browser.eval("document.querySelector('[data-period=today]').innerText"))
                    .contains(ID.gigabytes(today.getLong("releasedBytes")))
                    .contains(ID.percent(today.getDouble("releasedShareOfCapacity")));
            var report = new JsonObject(api.get("/api/v1/reports/monthly?month=2026-11").body());
            browser.navigate(server.base() + "/console/reports?month=2026-11");
            assertThat((String) browser.eval("document.getElementById('summary').innerText"))
                    .contains(ID.rupiah(report.getDouble("costPerGbIdr")))
                    .contains(ID.percent(report.getJsonObject("total").getDouble("downUtilisation")));
        }
    }
}
