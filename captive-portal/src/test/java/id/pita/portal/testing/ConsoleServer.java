package id.pita.portal.testing;

import id.pita.core.calendar.Regime;
import id.pita.core.calendar.RegimeState;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.district.SiteKind;
import id.pita.core.store.Store;
import id.pita.core.testing.MutableClock;
import id.pita.portal.api.ApiRoutes;
import id.pita.portal.app.ConsoleStack;
import id.pita.portal.app.DistrictHolder;
import id.pita.portal.app.PitaConfig;
import id.pita.portal.auth.Accounts;
import id.pita.portal.auth.Role;
import id.pita.portal.auth.Totp;
import id.pita.portal.console.AuditEntry;
import id.pita.portal.console.ConsoleRoutes;
import id.pita.portal.console.LiveSnapshot;
import id.pita.portal.console.Voucher;
import id.pita.portal.console.StatusRoutes;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The console and API on a real HTTP server on an ephemeral port, over the real store (a SQLite file in a temp
 * directory) wired by {@link ConsoleStack} as Pita wires it, with three users: {@code admin} (with a second factor,
 * {@link #ADMIN_TOTP}), {@code opd-bappeda} (site bappeda) and {@code viewer}; each password is {@link #PASSWORD}.
 * Only the engine's live snapshot is a fixed value. {@link #clock} is the district's time, {@link #authClock}
 * the log-ins' and sessions'; each {@link #otp} moves the latter on by one TOTP step (codes are single-use).
 */
public final class ConsoleServer implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery";
    public static final String ADMIN_TOTP = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    public static final Instant START = Instant.parse("2026-11-23T03:30:00Z"); // Monday 11:30 WITA
    public final MutableClock clock = MutableClock.at(START);
    public final MutableClock authClock = MutableClock.at(START);
    public final AtomicReference<LiveSnapshot> live = new AtomicReference<>();
    public final Path dir;
    public final Store store;
    public final ConsoleStack stack;
    public final Accounts accounts;
    public final Router router;
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;

    public ConsoleServer() throws Exception {
        this(false, defaultConsole());
    }

    public static PitaConfig.Console defaultConsole() {
        return new PitaConfig.Console(Duration.ofMinutes(15), Duration.ofHours(12), Duration.ofHours(12), false);
    }

    /** @param globalBodyHandler mount a BodyHandler on every route first, as a shared web server may do */
    public ConsoleServer(boolean globalBodyHandler) throws Exception {
        this(globalBodyHandler, defaultConsole());
    }

    public ConsoleServer(boolean globalBodyHandler, PitaConfig.Console console) throws Exception {
        this(globalBodyHandler, console, Files.createTempDirectory("pita-console"));
    }

    /** A server on the store in {@code dir} (reused as it is when it already holds a district). */
    public ConsoleServer(boolean globalBodyHandler, PitaConfig.Console console, Path dir) throws Exception {
        this(globalBodyHandler, console, dir, false);
    }

    /** @param secureCookies as behind TLS: {@code __Host-} cookies with Secure */
    public ConsoleServer(boolean globalBodyHandler, PitaConfig.Console console, Path dir, boolean secureCookies)
            throws Exception {
        this.dir = dir;
        var random = new SecureRandom();
        store = id.pita.core.testing.TestStores.open(dir, clock); // SQLite dir/pita.db, or PostgreSQL (TestStores)
        boolean fresh = store.districts().codes().isEmpty();
        if (fresh) {
            store.districts().save(Districts.paser());
        }
        var holder = new DistrictHolder(store.districts().load("paser").orElseThrow());
        stack = ConsoleStack.build(store, holder, clock, authClock, random, console, secureCookies,
                new ConsoleStack.Live(() -> live.get(), Districts::regimeAt, () -> "pita_radius_requests_total 42\n"));
        accounts = stack.accounts();
        if (fresh) {
            accounts.create("admin", PASSWORD, Role.ADMIN, null);
            accounts.users().save(accounts.users().find("admin").orElseThrow().withTotp(ADMIN_TOTP));
            accounts.create("opd-bappeda", PASSWORD, Role.OPD, "bappeda");
            accounts.create("viewer", PASSWORD, Role.VIEWER, null);
            fillUsage();
        }
        live.set(snapshot());
        router = Router.router(vertx);
        if (globalBodyHandler) {
            router.route().handler(io.vertx.ext.web.handler.BodyHandler.create());
        }
        new ConsoleRoutes(stack.auth(), stack.service()).mount(router);
        new ApiRoutes(stack.auth(), stack.service()).mount(router);
        var status = new StatusRoutes(stack.service());
        status.mountAdmin(router);
        status.mountPublic(router);
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    public String base() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** A client that answers the admin's second-factor prompt with a fresh code. */
    public Client client() {
        return new Client(base(), this::otp);
    }

    /** A fresh TOTP code for {@code user} if it has a second factor (the auth clock moves on one step); else null. */
    public synchronized String otp(String user) {
        var u = accounts.users().find(user);
        if (u.isEmpty() || !u.get().hasTotp()) {
            return null;
        }
        authClock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        return Totp.code(u.get().totpSecret(), authClock.instant());
    }

    /** The district as stored now. */
    public District district() {
        return store.districts().load("paser").orElseThrow();
    }

    public List<Voucher> vouchers() {
        return stack.vouchers().all();
    }

    /** The store's vouchers and batches. */
    public id.pita.portal.app.StoreVouchers voucherStore() {
        return stack.vouchers();
    }

    public LiveSnapshot snapshot() {
        var state = new RegimeState(Regime.OFFICE_HOURS, Optional.of(Instant.parse("2026-11-23T08:00:00Z")),
                "Jam kerja");
        var d = district();
        var sites = d.sites().stream().map(s -> new LiveSnapshot.SiteLive(s.code(),
                s.kind() == SiteKind.OFFICE ? Bandwidth.mbps(30, 10) : Bandwidth.mbps(20, 8),
                s.kind() == SiteKind.OFFICE ? Bandwidth.mbps(18, 4) : Bandwidth.mbps(9, 2))).toList();
        var hotspots = d.sites().stream().filter(s -> s.isHotspot())
                .map(s -> new LiveSnapshot.HotspotLive("gw-" + s.code(), s.code(), true, 7)).toList();
        return new LiveSnapshot(state, Bandwidth.mbps(60, 20), Bandwidth.mbps(40, 20), Bandwidth.mbps(36, 8),
                Bandwidth.mbps(18, 4), sites, hotspots);
    }

    /**
     * A plausible last day in the store's hourly usage table: offices busy in office hours, the public in the
     * evening (1 Mbps for an hour = 450 MB).
     */
    private void fillUsage() {
        var end = START.truncatedTo(ChronoUnit.HOURS);
        store.writeVoid(h -> {
            for (var t = end.minus(Duration.ofHours(30)); !t.isAfter(end); t = t.plus(Duration.ofHours(1))) {
                boolean office = Districts.regimeAt(t) == Regime.OFFICE_HOURS;
                long officeMbps = office ? 55 : 5;
                long publicMbps = office ? 15 : 35 + (t.atZone(Districts.WITA).getHour() % 5) * 8;
                usage(h, "bappeda", SiteKind.OFFICE, t, officeMbps * 450_000_000L / 4, officeMbps * 450_000_000L);
                usage(h, "taman-kota", SiteKind.HOTSPOT, t, publicMbps * 450_000_000L / 5, publicMbps * 450_000_000L);
            }
        });
    }

    private static void usage(org.jdbi.v3.core.Handle h, String site, SiteKind kind, Instant hour, long up,
                              long down) {
        h.createUpdate("INSERT INTO usage_hourly (site_code, hour_start_ms, site_kind, upload_bytes, download_bytes) "
                        + "VALUES (:s, :h, :k, :up, :down)")
                .bind("s", site).bind("h", hour.toEpochMilli()).bind("k", kind.name()).bind("up", up)
                .bind("down", down).execute();
    }

    /** A citizen session that started at {@code site} at {@code at}, as accounting would store it. */
    public void sessionStarted(String site, Instant at) {
        store.writeVoid(h -> h.createUpdate("INSERT INTO session (gateway_id, acct_session_id, username, site_code, "
                        + "site_kind, mac, ip, started_ms, last_update_ms, upload_bytes, download_bytes, "
                        + "session_seconds, pushed_down, pushed_up) VALUES ('gw-' || :site, :id, 'warga', :site, "
                        + "'HOTSPOT', 'AA:BB:CC:00:00:01', '10.0.0.9', :at, :at, 0, 0, 0, 0, 0)")
                .bind("site", site).bind("id", "s-" + java.util.UUID.randomUUID()).bind("at", at.toEpochMilli())
                .execute());
    }

    public void refreshLive() {
        live.set(snapshot());
    }

    /** Audit entries, newest first. */
    public List<AuditEntry> auditEntries() {
        return stack.audit().recent(10_000);
    }

    /** The newest entry with this action. */
    public AuditEntry lastAudit(String action) {
        return auditEntries().stream().filter(e -> e.action().equals(action)).findFirst().orElseThrow(
                () -> new AssertionError("no audit entry " + action));
    }

    /** Stops the server and closes the store, keeping the files (for a restart on the same {@link #dir}). */
    public void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        store.close();
    }

    @Override
    public void close() throws Exception {
        stop();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
