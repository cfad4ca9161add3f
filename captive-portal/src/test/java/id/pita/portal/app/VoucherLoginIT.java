package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.calendar.Regime;
import id.pita.core.district.Site;
import id.pita.core.testing.MutableClock;
import id.pita.portal.testing.Client;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 5, against the REAL running Pita and its SQLite file: the console makes a hotspot require a
 * voucher and makes the vouchers; a log-in refused for any reason (no voucher, closed, quota used up) leaves the
 * voucher unused, and only a log-in that succeeds uses it up, once.
 */
class VoucherLoginIT {
    static final String SITE = "hs-alun-alun-tgt";
    static final String MAC = "AA-BB-CC-00-11-22";

    @TempDir
    Path dir;
    final MutableClock clock = MutableClock.at(TestPita.TUESDAY_10_WITA);
    TestPita t;
    Client admin;

    @BeforeEach
    void start() throws Exception {
        PitaIT.radclientIsInstalled();
        t = new TestPita(dir, clock);
        t.awaitFirstPlan();
        admin = t.readyAdmin();
    }

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    void requireVoucher(boolean required) {
        Site s = t.pita.district().current().site(SITE).orElseThrow();
        var body = new JsonObject().put("code", s.code()).put("name", s.name()).put("kind", s.kind().name())
                .put("area", s.area()).put("guarantee.down", s.guarantee().down() / 1e6)
                .put("guarantee.up", s.guarantee().up() / 1e6).put("ceiling.down", s.ceiling().down() / 1e6)
                .put("ceiling.up", s.ceiling().up() / 1e6).put("weight", s.weight())
                .put("voucherRequired", required);
        var r = admin.json("PUT", "/api/v1/sites/" + SITE, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    String voucher() {
        var made = admin.json("POST", "/api/v1/vouchers", new JsonObject().put("count", 1).put("validDays", 7));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return new JsonObject(made.body()).getJsonArray("vouchers").getJsonObject(0).getString("code");
    }

    boolean used(String code) {
        var all = new JsonArray(admin.get("/api/v1/vouchers").body());
        for (int i = 0; i < all.size(); i++) {
            if (all.getJsonObject(i).getString("code").equals(code)) {
                return all.getJsonObject(i).getBoolean("used");
            }
        }
        throw new AssertionError("no voucher " + code + " in " + all);
    }

    /** The splash's form posted (a closed hotspot shows no form; a page opened before closing still posts). */
    HttpResponse<String> login(String voucher) {
        return new Client(t.base()).form("/login", Map.of("u", t.base() + GatewayHandshakesIT.MIKROTIK_SPLASH,
                "terms", "1", "voucher", voucher));
    }

    void setHotspotsOpen(boolean open) {
        var p = t.pita.district().current().policies().get(Regime.OFFICE_HOURS);
        var body = new JsonObject().put("office.guaranteed", p.office().guaranteed())
                .put("office.ceiling", p.office().ceiling()).put("office.weight", p.office().weight())
                .put("hotspot.guaranteed", p.hotspot().guaranteed()).put("hotspot.ceiling", p.hotspot().ceiling())
                .put("hotspot.weight", p.hotspot().weight()).put("hotspotsOpen", open);
        var r = admin.json("PUT", "/api/v1/policies/OFFICE_HOURS", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void aHotspotThatRequiresAVoucherRefusesWithoutOneAndTheSplashAsksForIt() {
        requireVoucher(true);
        assertThat(t.pita.store().districts().load("paser").orElseThrow().site(SITE).orElseThrow().voucherRequired())
                .isTrue();

        var splash = new Client(t.base()).get(GatewayHandshakesIT.MIKROTIK_SPLASH);
        var refused = login("");

        assertThat(splash.body()).contains("name=\"voucher\"");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Masukkan kode voucher Anda.");
        requireVoucher(false);
        assertThat(login("").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyASuccessfulLoginUsesTheVoucherUpAndOnlyOnce() {
        requireVoucher(true);
        var code = voucher();

        var ok = login(code);

        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("name=\"password\"");
        assertThat(used(code)).isTrue();
        var again = login(code);
        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.body()).contains("Kode voucher tidak berlaku.");
    }

    @Test
    void aLoginRefusedBecauseTheHotspotIsClosedLeavesTheVoucherUnused() {
        requireVoucher(true);
        var code = voucher();
        setHotspotsOpen(false);

        var closed = login(code);

        assertThat(closed.statusCode()).isEqualTo(403);
        assertThat(closed.body()).contains("WiFi publik");
        assertThat(used(code)).isFalse();
        setHotspotsOpen(true);
        clock.advance(Duration.ofSeconds(2)); // the portal reuses a hotspot's hours for up to a second
        assertThat(login(code).statusCode()).isEqualTo(200);
        assertThat(used(code)).isTrue();
    }

    @Test
    void aLoginRefusedBecauseTheQuotaIsUsedUpLeavesTheVoucherUnused() throws Exception {
        requireVoucher(true);
        var code = voucher();
        // Real accounting: the device has used 4 GiB today, more than Paser's 1 GB a day.
        var secret = t.gateway(TestPita.OFFICE_GW).secret();
        var session = "Acct-Session-Id = \"s-quota\", User-Name = \"setda\", Framed-IP-Address = 10.5.50.23, "
                + "Calling-Station-Id = \"" + MAC + "\"";
        assertThat(PitaIT.radclient(t.pita.accountingAddress(), "acct", secret, "Acct-Status-Type = Start, "
                + session + "\n")).contains("Received Accounting-Response");
        assertThat(PitaIT.radclient(t.pita.accountingAddress(), "acct", secret, "Acct-Status-Type = Stop, "
                + session + ", Acct-Input-Octets = 0, Acct-Output-Octets = 0, Acct-Output-Gigawords = 1, "
                + "Acct-Session-Time = 600\n")).contains("Received Accounting-Response");

        var refused = login(code);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("Kuota harian perangkat Anda sudah habis");
        assertThat(used(code)).isFalse();
    }
}
