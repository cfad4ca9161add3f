package id.pita.portal.app;

import id.pita.core.config.DistrictFiles;
import id.pita.core.config.DistrictImporter;
import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.store.Dialect;
import id.pita.core.store.Store;
import id.pita.core.store.StoreTarget;
import id.pita.core.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Pita on ephemeral loopback ports over a temp data directory, serving the Paser demo with three
 * gateways moved to loopback source addresses (the demo's are documentation ranges no test can send from):
 * the Setda office router at 127.0.0.1, the Alun-Alun MikroTik hotspot at 127.0.0.2 and the Taman Siring
 * CoovaChilli hotspot at 127.0.0.3. Their CoA ports are 0 so that no push leaves the test.
 */
final class TestPita implements AutoCloseable {
    /** Tuesday 24 November 2026, 10:00 WITA: office hours, and Paser's hotspots are open. */
    static final Instant TUESDAY_10_WITA = Instant.parse("2026-11-24T02:00:00Z");
    static final String OFFICE_GW = "psr-gw-setda";
    static final String MIKROTIK_GW = "psr-gw-hs-alun-alun-tgt";
    static final String CHILLI_GW = "psr-gw-hs-taman-siring-kandilo";
    /** openNDS speaks HTTP only (FAS and authmon); authmon is answered only from its address, 127.0.0.14. */
    static final String OPENNDS_GW = "psr-gw-hs-taman-kota-tgt";
    static final Map<String, String> LOOPBACK = Map.of(OFFICE_GW, "127.0.0.1", MIKROTIK_GW, "127.0.0.2",
            CHILLI_GW, "127.0.0.3", OPENNDS_GW, "127.0.0.14");

    final Pita pita;
    final District district;

    TestPita(Path dir) throws Exception {
        this(dir, Clock.fixed(TUESDAY_10_WITA, ZoneOffset.UTC));
    }

    TestPita(Path dir, Clock clock) throws Exception {
        this(dir, clock, "", null);
    }

    /**
     * @param webExtra more {@code web:} keys, e.g. {@code admin: {host: 127.0.0.1, port: 0, tls: {...}}}
     * @param schedule runs the periodic certificate checks; null = Vert.x's timer
     */
    TestPita(Path dir, Clock clock, String webExtra, Schedule schedule) throws Exception {
        this(dir, clock, webExtra, schedule, "");
    }

    /** @param radiusExtra more {@code radius:} keys, e.g. {@code gatewayRate: 0} */
    TestPita(Path dir, Clock clock, String webExtra, Schedule schedule, String radiusExtra) throws Exception {
        var dataFile = dir.resolve("data").resolve("pita.db");
        district = loopbackPaser();
        // TestStores picks the database: this file, or a fresh PostgreSQL database (-Dpita.test.store=postgresql).
        var target = TestStores.target(dir.resolve("data"));
        try (var store = Store.open(target, Clock.systemUTC())) {
            DistrictImporter.importInto(store, district);
        }
        var config = PitaConfig.parse("""
                dataFile: %s
                radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0%s}
                web: {host: 127.0.0.1, port: 0, publicUrl: "https://wifi.paser.example/"%s}
                gateways: {pitaAddress: 127.0.0.1}
                %s
                """.formatted(dataFile, radiusExtra.isEmpty() ? "" : ", " + radiusExtra, webExtra.isEmpty() ? "" : ", " + webExtra, storeKeys(target)), "test");
        pita = Pita.start(config, clock, schedule).toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    /** The {@code store:} keys of a PostgreSQL target (none for the SQLite file, which is {@code dataFile}). */
    static String storeKeys(StoreTarget target) {
        if (target.dialect() != Dialect.POSTGRESQL) {
            return "";
        }
        return "store: {url: \"%s\", user: %s, password: %s, secretsKey: \"%s\"}".formatted(target.url(),
                target.user(), target.password(), target.secretsKey().orElseThrow());
    }

    static District loopbackPaser() {
        var d = DistrictFiles.demo("paser");
        var gateways = d.gateways().stream().map(g -> LOOPBACK.containsKey(g.id())
                ? new Gateway(g.id(), g.siteCode(), LOOPBACK.get(g.id()), g.secret(), g.vendor(), 0,
                        g.messageAuthenticator(), g.portalSecret(), g.loginAddresses())
                : g).toList();
        return new District(d.code(), d.name(), d.zone(), d.pool(), d.sites(), gateways, d.calendar(),
                d.policies(), d.citizenPlan());
    }

    Gateway gateway(String id) {
        return district.gateway(id).orElseThrow();
    }

    /** The public listener: portal, handshakes, status page. */
    String base() {
        return "http://127.0.0.1:" + pita.webAddress().getPort();
    }

    /** The admin listener: console, {@code /api/v1}, {@code /metrics}. */
    String adminBase() {
        return "http://127.0.0.1:" + pita.adminAddress().getPort();
    }

    /** The bootstrap admin's own password once {@link #admin} has set it. */
    static final String ADMIN_PASSWORD = "diskominfo paser satu komando";
    private final java.util.Deque<String> recoveryCodes = new java.util.ArrayDeque<>();

    /**
     * A client logged in as the bootstrap admin on the admin listener. The first call does what a person does at
     * the first log-in: the printed password, a password of one's own, a second factor; later calls log in with
     * one of its recovery codes (a TOTP code would be refused as a replay within the same 30 seconds).
     */
    synchronized id.pita.portal.testing.Client admin() {
        var c = new id.pita.portal.testing.Client(adminBase());
        if (recoveryCodes.isEmpty()) {
            var first = c.login("admin", pita.bootstrapPassword().orElseThrow());
            if (first.statusCode() != 200) {
                throw new AssertionError("bootstrap log-in: " + first.body());
            }
            c.json("POST", "/api/v1/account/password", new io.vertx.core.json.JsonObject()
                    .put("newPassword", ADMIN_PASSWORD));
            var secret = id.pita.portal.auth.Totp.newSecret(new java.security.SecureRandom());
            var enrol = c.json("POST", "/api/v1/account/totp", new io.vertx.core.json.JsonObject()
                    .put("currentPassword", ADMIN_PASSWORD).put("secret", secret)
                    .put("code", id.pita.portal.auth.Totp.code(secret, Instant.now())));
            if (enrol.statusCode() != 200) {
                throw new AssertionError("TOTP enrolment: " + enrol.body());
            }
            new io.vertx.core.json.JsonObject(enrol.body()).getJsonArray("recoveryCodes")
                    .forEach(code -> recoveryCodes.add((String) code));
            return c;
        }
        var r = c.json("POST", "/api/v1/login", new io.vertx.core.json.JsonObject().put("username", "admin")
                .put("password", ADMIN_PASSWORD).put("otp", recoveryCodes.pop()));
        if (r.statusCode() != 200) {
            throw new AssertionError("admin log-in: " + r.body());
        }
        c.csrf = new io.vertx.core.json.JsonObject(r.body()).getString("csrfToken");
        return c;
    }

    /** Waits (bounded) for the control loop's first plan, which the access policy answers from. */
    void awaitFirstPlan() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (pita.livePlan().latest().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no plan within 20 s");
            }
            Thread.sleep(20);
        }
    }

    /** The console admin on the admin listener, past the first log-in's own password and second factor. */
    id.pita.portal.testing.Client readyAdmin() {
        var admin = new id.pita.portal.testing.Client(adminBase());
        if (admin.login("admin", pita.bootstrapPassword().orElseThrow()).statusCode() != 200) {
            throw new AssertionError("the one-time admin password did not log in");
        }
        var mine = "diskominfo paser satu komando";
        admin.json("POST", "/api/v1/account/password", new io.vertx.core.json.JsonObject().put("newPassword", mine));
        var totp = id.pita.portal.auth.Totp.newSecret(new java.security.SecureRandom());
        var r = admin.json("POST", "/api/v1/account/totp", new io.vertx.core.json.JsonObject()
                .put("currentPassword", mine).put("secret", totp)
                .put("code", id.pita.portal.auth.Totp.code(totp, java.time.Instant.now())));
        if (r.statusCode() != 200) {
            throw new AssertionError("second factor not set up: " + r.body());
        }
        return admin;
    }

    @Override
    public void close() throws Exception {
        pita.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
