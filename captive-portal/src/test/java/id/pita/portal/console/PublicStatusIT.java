package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.calendar.Regime;
import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.district.District;
import id.pita.core.district.RegimePolicy;
import id.pita.core.format.LocalFormat;
import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import id.pita.portal.testing.Districts;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/** The public status page and its open data (JSON, CSV) say the same, without login. */
class PublicStatusIT {
    private static final LocalFormat ID = LocalFormat.indonesian(Districts.WITA);

    @Test
    void statusPageShowsHoursNextSwitchReleasedCapacityAndSessionsLikeTheOpenData() throws Exception {
        try (var server = new ConsoleServer()) {
            var midnight = ConsoleServer.START.minus(Duration.ofHours(11).plusMinutes(30));
            for (int i = 0; i < 3; i++) {
                server.sessionStarted("taman-kota", midnight.plus(Duration.ofHours(1 + i)));
            }
            server.sessionStarted("taman-kota", midnight.minus(Duration.ofHours(2)));
            var anon = new Client(server.base());
            var json = new JsonObject(anon.get("/api/v1/public/status").body());
            var page = anon.get("/status").body();
            assertThat(json.getString("zoneLabel")).isEqualTo("WITA");
            assertThat(json.getJsonObject("nextSwitch").getString("at")).isEqualTo("2026-11-23T08:00:00Z");
            assertThat(page).contains("Mulai pukul 16.00 WITA kapasitas kantor dibuka untuk publik.")
                    .contains("Diperbarui Senin, 23 November 2026 pukul 11.30 WITA")
                    .contains("<td>00.00–24.00 WITA</td>").doesNotContain("Asia/Makassar");
            var taman = json.getJsonArray("hotspots").getJsonObject(0);
            assertThat(taman.getLong("sessionsToday")).isEqualTo(3);
            assertThat(page).contains("<td data-sessions=\"taman-kota\">3</td>")
                    .contains("<td data-sessions=\"pasar\">0</td>");
            for (var key : new String[] {"today", "month"}) {
                var p = json.getJsonObject(key);
                assertThat(p.getLong("releasedBytes")).isPositive();
                assertThat(page).contains("<tr data-period=\"" + key + "\">")
                        .contains("<td>" + ID.gigabytes(p.getLong("releasedBytes")) + "</td><td>"
                                + ID.percent(p.getDouble("releasedShareOfCapacity")) + "</td><td>"
                                + ID.gigabytes(p.getLong("publicBytes")) + "</td><td>"
                                + ID.percent(p.getDouble("publicShareOfTraffic")) + "</td>");
            }
            // Today up to 11.00: 8 after-hours hours (00.00-08.00) at 100 Mbps less the offices' 5 Mbps = 95 Mbps.
            assertThat(json.getJsonObject("today").getLong("releasedBytes")).isEqualTo(8 * 95 * 450_000_000L);
            assertThat(json.getJsonObject("today").getLong("capacityBytes")).isEqualTo(11 * 100 * 450_000_000L);
            assertThat(page).contains("<td>Hari ini</td><td>342,00 GB</td><td>69,1%</td>")
                    .contains("<td>November 2026</td>");

            var csv = anon.get("/api/v1/public/status.csv");
            assertThat(csv.headers().firstValue("content-type").orElseThrow()).startsWith("text/csv");
            var lines = csv.body().split("\r\n");
            assertThat(lines[0]).contains("released_bytes").contains("public_share_of_traffic_ratio");
            assertThat(lines[1]).startsWith("hotspot,taman-kota,Taman Kota,Tanah Grogot,true,7,3,");
            assertThat(csv.body()).contains("\r\ntoday,,,,,,,2026-11-23,").contains(",342000000000,0.6909,");

            var en = anon.get("/status?lang=en").body();
            assertThat(en).contains("From 16:00 WITA the offices&#39; capacity opens to the public.")
                    .contains("<td>Today</td><td>342.00 GB</td><td>69.1%</td>");
        }
    }

    @Test
    void hoursTodayAreTheSpansWhenTheRegimeOpensTheHotspots() {
        var paser = Districts.paser();
        var policies = new HashMap<>(paser.policies());
        var office = paser.policy(Regime.OFFICE_HOURS);
        policies.put(Regime.OFFICE_HOURS, new RegimePolicy(Regime.OFFICE_HOURS, office.office(), office.hotspot(),
                false));
        var d = new District(paser.code(), paser.name(), paser.zone(), paser.pool(), paser.sites(), paser.gateways(),
                paser.calendar(), policies, paser.citizenPlan());
        var calendar = new RegimeCalendar(d.calendar(), d.zone());
        var monday = PublicStatus.openSpans(calendar::at, d, LocalDate.of(2026, 11, 23)).encode();
        var sunday = PublicStatus.openSpans(calendar::at, d, LocalDate.of(2026, 11, 22)).encode();
        assertThat(monday).isEqualTo("[{\"from\":\"00:00\",\"to\":\"08:00\"},{\"from\":\"16:00\",\"to\":\"24:00\"}]");
        assertThat(sunday).isEqualTo("[{\"from\":\"00:00\",\"to\":\"24:00\"}]");
    }
}
