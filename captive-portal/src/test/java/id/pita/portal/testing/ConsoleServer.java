package id.pita.portal.testing;

import id.pita.core.calendar.Regime;
import id.pita.core.calendar.RegimeState;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.SiteKind;
import id.pita.core.testing.MutableClock;
import id.pita.portal.api.ApiRoutes;
import id.pita.portal.auth.Accounts;
import id.pita.portal.auth.InMemoryUserStore;
import id.pita.portal.auth.LoginThrottle;
import id.pita.portal.auth.PasswordHasher;
import id.pita.portal.auth.Role;
import id.pita.portal.auth.SessionStore;
import id.pita.portal.auth.WebAuth;
import id.pita.portal.console.ConsolePorts;
import id.pita.portal.console.ConsoleRoutes;
import id.pita.portal.console.ConsoleService;
import id.pita.portal.console.InMemoryAuditLog;
import id.pita.portal.console.InMemoryBoostAdmin;
import id.pita.portal.console.InMemoryDistrictAdmin;
import id.pita.portal.console.InMemoryVoucherAdmin;
import id.pita.portal.console.LiveSnapshot;
import id.pita.portal.console.StatusRoutes;
import id.pita.portal.report.InMemoryUsageSource;
import id.pita.portal.report.UsageRow;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The console and API on a real HTTP server on an ephemeral port, over in-memory ports, with three users:
 * {@code admin}, {@code opd-bappeda} (site bappeda) and {@code viewer}; each password is {@link #PASSWORD}.
 */
public final class ConsoleServer implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery";
    public static final Instant START = Instant.parse("2026-11-23T03:30:00Z"); // Monday 11:30 WITA
    public final MutableClock clock = MutableClock.at(START);
    public final InMemoryDistrictAdmin district = new InMemoryDistrictAdmin(Districts.paser());
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryBoostAdmin boosts = new InMemoryBoostAdmin();
    public final InMemoryVoucherAdmin vouchers = new InMemoryVoucherAdmin();
    public final InMemoryUsageSource usage = new InMemoryUsageSource();
    public final InMemoryUserStore users = new InMemoryUserStore();
    public final AtomicReference<LiveSnapshot> live = new AtomicReference<>();
    public final Accounts accounts;
    public final Router router;
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;

    public ConsoleServer() throws Exception {
        this(false);
    }

    /** @param globalBodyHandler mount a BodyHandler on every route first, as a shared web server may do */
    public ConsoleServer(boolean globalBodyHandler) throws Exception {
        var random = new SecureRandom();
        accounts = new Accounts(users, new PasswordHasher(random), new LoginThrottle(clock, 5, Duration.ofMinutes(15)),
                random, clock);
        accounts.create("admin", PASSWORD, Role.ADMIN, null);
        accounts.create("opd-bappeda", PASSWORD, Role.OPD, "bappeda");
        accounts.create("viewer", PASSWORD, Role.VIEWER, null);
        live.set(snapshot());
        fillUsage();
        var ports = new ConsolePorts(district, audit, boosts, vouchers, usage, () -> live.get(), Districts::regimeAt,
                () -> "pita_radius_requests_total 42\n");
        var service = new ConsoleService(ports, accounts, clock);
        var auth = new WebAuth(new SessionStore(clock, random, Duration.ofMinutes(30)), accounts, false);
        router = Router.router(vertx);
        if (globalBodyHandler) {
            router.route().handler(io.vertx.ext.web.handler.BodyHandler.create());
        }
        new ConsoleRoutes(auth, service).mount(router);
        new ApiRoutes(auth, service).mount(router);
        var status = new StatusRoutes(service);
        status.mountAdmin(router);
        status.mountPublic(router);
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    public String base() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    public LiveSnapshot snapshot() {
        var state = new RegimeState(Regime.OFFICE_HOURS, Optional.of(Instant.parse("2026-11-23T08:00:00Z")),
                "Jam kerja");
        var d = district.load();
        var sites = d.sites().stream().map(s -> new LiveSnapshot.SiteLive(s.code(),
                s.kind() == SiteKind.OFFICE ? Bandwidth.mbps(30, 10) : Bandwidth.mbps(20, 8),
                s.kind() == SiteKind.OFFICE ? Bandwidth.mbps(18, 4) : Bandwidth.mbps(9, 2))).toList();
        var hotspots = d.sites().stream().filter(s -> s.isHotspot())
                .map(s -> new LiveSnapshot.HotspotLive("gw-" + s.code(), s.code(), true, 7)).toList();
        return new LiveSnapshot(state, Bandwidth.mbps(60, 20), Bandwidth.mbps(40, 20), Bandwidth.mbps(36, 8),
                Bandwidth.mbps(18, 4), sites, hotspots);
    }

    /** A plausible last day: offices busy in office hours, the public in the evening (1 Mbps for an hour = 450 MB). */
    private void fillUsage() {
        var end = START.truncatedTo(ChronoUnit.HOURS);
        for (var t = end.minus(Duration.ofHours(30)); !t.isAfter(end); t = t.plus(Duration.ofHours(1))) {
            boolean office = Districts.regimeAt(t) == Regime.OFFICE_HOURS;
            long officeMbps = office ? 55 : 5;
            long publicMbps = office ? 15 : 35 + (t.atZone(Districts.WITA).getHour() % 5) * 8;
            usage.add(new UsageRow("bappeda", SiteKind.OFFICE, t, officeMbps * 450_000_000L / 4,
                    officeMbps * 450_000_000L));
            usage.add(new UsageRow("taman-kota", SiteKind.HOTSPOT, t, publicMbps * 450_000_000L / 5,
                    publicMbps * 450_000_000L));
        }
    }

    public void refreshLive() {
        live.set(snapshot());
    }

    public List<id.pita.portal.console.AuditEntry> auditEntries() {
        return audit.recent(1000);
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
