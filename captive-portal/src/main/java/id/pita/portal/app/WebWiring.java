package id.pita.portal.app;

import id.pita.core.credential.CredentialStore;
import id.pita.core.store.Store;
import id.pita.engine.access.RegimeSource;
import id.pita.engine.control.LivePlan;
import id.pita.engine.gateway.GatewayMonitor;
import id.pita.engine.accounting.AccountingHealth;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.portal.api.ApiRoutes;
import id.pita.portal.citizen.CitizenPortal;
import id.pita.portal.citizen.MacHasher;
import id.pita.portal.citizen.PortalServices;
import id.pita.portal.citizen.PortalSettings;
import id.pita.portal.citizen.VoucherCheck;
import id.pita.portal.console.ConsoleRoutes;
import id.pita.portal.console.OpsPorts;
import id.pita.portal.console.StatusRoutes;
import id.pita.portal.logging.BoundedAsyncAppender;
import id.pita.portal.web.ErrorLog;
import id.pita.portal.web.Routes;
import id.pita.portal.web.TlsFiles;
import id.pita.portal.web.WebServer;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.IntSupplier;

/**
 * The web half of the composition root: two Vert.x HTTP listeners over the store and the live engine state.
 * The public one ({@code web.public}, or {@code web.host/port}) serves citizens and gateways: the portal and
 * its handshakes, openNDS authmon, RFC 8908 {@code /api/captive}, {@code /status} and {@code /health}. The
 * admin one ({@code web.admin}, 127.0.0.1 by default) serves Diskominfo: the console, {@code /api/v1},
 * {@code /metrics} and {@code /health}. {@code /status} is both the public transparency page and, with a
 * {@code mac} parameter, a device's own status after login: the device case is passed to the citizen portal
 * mounted under {@code /device}.
 */
final class WebWiring {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WebWiring.class);
    /** Where the citizen portal is mounted a second time, to reach its device status page. */
    static final String DEVICE_PREFIX = "/device";

    private final PitaConfig config;
    private final Clock clock;
    private final SecureRandom random;
    private final Store store;
    private final DistrictHolder district;
    private final RegimeSource regimes;
    private final StoreEnginePorts storePorts;
    private final LivePlan livePlan;
    private final CredentialStore credentials;
    private final EngineMetrics metrics;
    private final GatewayMonitor gatewayMonitor;
    private final IntSupplier accountingQueued;
    private final Supplier<AccountingHealth> accountingHealth;
    private final IntSupplier pushesInFlight;
    private Supplier<List<id.pita.engine.control.ControlLoop.PeerStatus>> coaPeers = List::of;
    private CalendarNotices calendarNotices;
    private AlertService alerts;
    private java.util.function.Supplier<java.util.Optional<id.pita.core.store.BackupSchedule.Status>> backupStatus =
            java.util.Optional::empty;
    private int radiusAuthPort;
    private id.pita.engine.uplink.UplinkMonitor uplink;
    private int radiusAccountingPort;
    private volatile List<WebServer> servers = List.of();
    private final Schedule schedule;
    private java.util.function.BooleanSupplier leading = () -> true;

    /** What the started web half tells Pita. */
    record Started(InetSocketAddress publicAddress, InetSocketAddress adminAddress,
                   Optional<InetSocketAddress> publicRedirect, Optional<InetSocketAddress> adminRedirect,
                   Optional<String> bootstrapPassword, Router adminRouter,
                   Supplier<CompletionStage<Integer>> reloadCertificates, CitizenPortal portal) {
    }

    /** Set by {@link #start}; read by the metrics text. */
    private volatile CitizenPortal portal;

    WebWiring(PitaConfig config, Clock clock, SecureRandom random, Store store, DistrictHolder district,
              RegimeSource regimes, StoreEnginePorts storePorts, LivePlan livePlan, CredentialStore credentials,
              GatewayMonitor gatewayMonitor, EngineMetrics metrics, IntSupplier accountingQueued,
              Supplier<AccountingHealth> accountingHealth, IntSupplier pushesInFlight, Schedule schedule) {
        this.accountingHealth = accountingHealth;
        this.gatewayMonitor = gatewayMonitor;
        this.schedule = schedule;
        this.config = config;
        this.clock = clock;
        this.random = random;
        this.store = store;
        this.district = district;
        this.regimes = regimes;
        this.storePorts = storePorts;
        this.livePlan = livePlan;
        this.credentials = credentials;
        this.metrics = metrics;
        this.accountingQueued = accountingQueued;
        this.pushesInFlight = pushesInFlight;
        this.radiusAuthPort = config.radius().authPort();
        this.radiusAccountingPort = config.radius().accountingPort();
    }

    /** Runs the alert checks every {@code alerts.every} on a worker thread, from the start on. */
    private void startAlerts(Vertx vertx, AlertService service, Lifecycle lifecycle) {
        // alerts.every is in Pita's time, as the checks' own durations are: a fast clock checks as often in
        // simulated time, at most once a second of real time. Several nodes on one database: only the leader
        // checks and sends, so an alert goes out once.
        long every = Math.max(1000, Math.round(config.alerts().every().toMillis() / config.clockSpeed()));
        long timer = vertx.setPeriodic(1, every, id -> {
            if (leading.getAsBoolean()) {
                vertx.executeBlocking(service::tick, false);
            }
        });
        lifecycle.started("alerts", service, () -> vertx.cancelTimer(timer));
    }

    /** The main uplink as measured, for the dashboard, the status page, the alerts and {@code /health}. */
    WebWiring uplink(id.pita.engine.uplink.UplinkMonitor monitor) {
        this.uplink = monitor;
        return this;
    }

    /** The daily backup's last result, for the backup alert. */
    /** Gateways whose CoA port stopped answering, for {@code /health} and {@code /metrics}. */
    WebWiring coaPeers(Supplier<List<id.pita.engine.control.ControlLoop.PeerStatus>> peers) {
        this.coaPeers = peers;
        return this;
    }

    WebWiring backupStatus(java.util.function.Supplier<java.util.Optional<id.pita.core.store.BackupSchedule.Status>> s) {
        this.backupStatus = s;
        return this;
    }

    /** Whether this node leads; the alert checks run only then. */
    WebWiring leading(java.util.function.BooleanSupplier leading) {
        this.leading = leading;
        return this;
    }

    /** The RADIUS ports as bound, for the generated gateway configurations. */
    WebWiring radiusPorts(int auth, int accounting) {
        this.radiusAuthPort = auth;
        this.radiusAccountingPort = accounting;
        return this;
    }

    /**
     * Vert.x on Netty's native epoll transport where the jar carries it for this CPU (Linux x86_64, aarch64),
     * else on NIO (logged). NIO's socket adaptor and write path were in the splash profile (FINDINGS.md, Splash).
     */
    static Vertx vertx() {
        var vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
        if (vertx.isNativeTransportEnabled()) {
            LOG.info("Vert.x uses the native transport");
        } else {
            LOG.warn("Vert.x uses NIO, the native transport is unavailable: {}",
                    String.valueOf(vertx.unavailableNativeTransportCause()));
        }
        return vertx;
    }

    Started start(Lifecycle lifecycle) throws Exception {
        var vertx = vertx();
        lifecycle.started("Vert.x", vertx, () -> vertx.close().toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS));
        // Console logins and sessions run on real time even under a fast clock.
        var realClock = Clock.systemUTC();
        var monitor = uplink != null ? uplink
                : id.pita.engine.uplink.UplinkMonitor.notMeasured(() -> district.current().pool().capacity(), clock);
        var liveView = new EngineLiveView(district, livePlan, store, clock, gatewayMonitor, monitor::status);
        var calendarNotices = new CalendarNotices(district, clock);
        this.calendarNotices = calendarNotices;
        var alertService = AlertWiring.build(config, vertx, store, district, gatewayMonitor, liveView, calendarNotices,
                clock, backupStatus);
        this.alerts = alertService;
        startAlerts(vertx, alertService, lifecycle);
        var setup = new GatewayConfigs(config, radiusAuthPort, radiusAccountingPort);
        var ops = new OpsPorts(() -> {
            var notices = new java.util.ArrayList<>(calendarNotices.notice().stream().toList());
            notices.addAll(alertService.notices());
            return notices;
        }, new StoreHolidays(store, district), id -> setup.files(district.current(), id), () -> store.nodes().all());
        var stack = ConsoleStack.build(store, district, clock, realClock, random, config.console(),
                config.web().consoleCookiesSecure(), new ConsoleStack.Live(liveView,
                        t -> district.calendar().at(t).regime(), this::metricsText), ops);
        if (!config.web().consoleCookiesSecure()) {
            LOG.warn("Console cookies are not Secure and not __Host- prefixed: the console is on plain HTTP. "
                    + "Serve it over TLS (web.admin.tls, or a TLS proxy with web.secureCookies: true).");
        }
        var portal = citizenPortal(stack.vouchers());
        this.portal = portal;
        var bootstrap = stack.accounts().bootstrapAdmin();
        var auth = stack.auth();
        var service = stack.service();
        var deviceRouter = Router.router(vertx);
        portal.mount(deviceRouter);
        var status = new StatusRoutes(service, this::faults);
        // Citizens and gateways reach the public listener; nothing there can reach the console or the API.
        List<Routes> publicRoutes = List.of(WebWiring::deviceStatusToPortal, status::mountPublic, portal,
                router -> router.route(DEVICE_PREFIX + "/*").subRouter(deviceRouter));
        List<Routes> adminRoutes = List.of(new ConsoleRoutes(auth, service)::mount, new ApiRoutes(auth, service)::mount,
                status::mountAdmin);
        var w = config.web();
        // Stack traces at most once a minute per error, on real time like the console's logins.
        var errors = ErrorLog.perMinute();
        var publicServer = new WebServer(vertx, WebServer.DEFAULT_BODY_LIMIT, errors, publicRoutes);
        var adminServer = new WebServer(vertx, WebServer.DEFAULT_BODY_LIMIT, errors, adminRoutes);
        servers = List.of(publicServer, adminServer);
        var publicAddress = listen(lifecycle, "public web listener", publicServer, w.publicListener(), false);
        // HSTS and (with TLS) Secure cookies on the console's listener; a captive portal must stay reachable
        // over plain HTTP from a gateway's redirect, so the public listener sends no HSTS.
        var adminAddress = listen(lifecycle, "admin web listener", adminServer, w.admin(), true);
        var schedule = this.schedule != null ? this.schedule : Schedule.on(vertx);
        for (var server : servers.stream().filter(WebServer::hasTls).toList()) {
            var check = schedule.every(w.tlsCheck(), server::reloadTls);
            lifecycle.started("TLS certificate check", check, check::close);
        }
        return new Started(publicAddress.https(), adminAddress.https(), publicAddress.redirect(),
                adminAddress.redirect(), bootstrap, adminServer.router(), this::reloadCertificates, portal);
    }

    /** Where a listener is bound: its own address and, if it has one, its HTTP-to-HTTPS redirect's. */
    record Bound(InetSocketAddress https, Optional<InetSocketAddress> redirect) {
    }

    private static Bound listen(Lifecycle lifecycle, String name, WebServer server, PitaConfig.Listener listener,
                                boolean hsts) throws Exception {
        var tls = listener.tls().map(t -> new TlsFiles(t.certificate(), t.key(), t.field()));
        var address = server.start(listener.host(), listener.port(), tls, hsts).toCompletionStage()
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        lifecycle.started(name, server, () -> server.close().toCompletionStage().toCompletableFuture()
                .get(5, TimeUnit.SECONDS));
        Optional<InetSocketAddress> redirect = Optional.empty();
        if (listener.httpRedirectPort().isPresent()) {
            redirect = Optional.of(server.startRedirect(listener.host(), listener.httpRedirectPort().getAsInt())
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
        }
        return new Bound(address, redirect);
    }

    /** Reads every listener's certificate files now; completes with how many listeners took a new one. */
    private CompletionStage<Integer> reloadCertificates() {
        var all = servers.stream().map(s -> s.reloadTls().toCompletionStage().toCompletableFuture()).toList();
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                .thenApply(v -> (int) all.stream().filter(f -> f.join()).count());
    }

    private CitizenPortal citizenPortal(VoucherCheck vouchers) {
        var adapters = new PortalAdapters(district, regimes, storePorts, livePlan, store);
        var key = MacKeyFile.loadOrCreate(config.macKeyFile(), random);
        return new CitizenPortal(new PortalServices(new DistrictHotspots(district), adapters, adapters, adapters,
                vouchers, adapters, credentials, new MacHasher(key), clock,
                portalSettings(config.web())));
    }

    static PortalSettings portalSettings(PitaConfig.Web web) {
        var d = PortalSettings.defaults(web.publicUrl());
        return new PortalSettings(web.publicUrl(), web.macBurst(), web.macRefill(), web.ipBurst(), web.ipRefill(),
                d.trackedKeys(), d.authmonTtl(), web.gatewayBurst(), web.gatewayRefill(), d.statusBurst(),
                d.statusRefill(), d.maxInFlight());
    }

    /** {@code GET /status?mac=...} is a device's page: reroute it to the portal's copy under /device. */
    private static void deviceStatusToPortal(Router router) {
        router.get("/status").handler(ctx -> {
            if (ctx.request().getParam("mac") != null) {
                ctx.reroute(HttpMethod.GET, DEVICE_PREFIX + ctx.request().uri());
            } else {
                ctx.next();
            }
        });
    }

    /** What keeps Pita from doing its whole job now, for {@code /health}. */
    private List<String> faults() {
        var out = new java.util.ArrayList<String>();
        var a = accountingHealth.get();
        if (!a.storing()) {
            out.add("accounting not stored for " + a.for_().toSeconds()
                    + " s, so not acknowledged (gateways retransmit): " + a.reason());
        }
        for (var p : coaPeers.get()) {
            if (!p.reachable()) {
                out.add("CoA peer " + p.gatewayId() + " unreachable since " + p.since() + ": " + p.held()
                        + " pushes held (latest per session), sent once it answers");
            }
        }
        return out;
    }

    /** The engine's counters plus a few gauges of queues inside Pita, Prometheus text. */
    private String metricsText() {
        var sb = new StringBuilder();
        metrics.writePrometheus(sb);
        sb.append("# HELP pita_accounting_queued Accounting records waiting for the group commit.\n")
                .append("# TYPE pita_accounting_queued gauge\npita_accounting_queued ")
                .append(accountingQueued.getAsInt()).append('\n')
                .append("# HELP pita_accounting_storing 1 while accounting is made durable and acknowledged, 0 while "
                        + "the store refuses or stalls (locked by another process, disk full).\n")
                .append("# TYPE pita_accounting_storing gauge\npita_accounting_storing ")
                .append(accountingHealth.get().storing() ? 1 : 0).append('\n')
                .append("# HELP pita_coa_in_flight Sessions with a CoA or Disconnect still unanswered.\n")
                .append("# TYPE pita_coa_in_flight gauge\npita_coa_in_flight ")
                .append(pushesInFlight.getAsInt()).append('\n');
        var peers = coaPeers.get();
        sb.append("# HELP pita_coa_peer_reachable 1 while a gateway's CoA port answers, 0 while it is unreachable "
                        + "(gateways that were never unreachable are not listed).\n# TYPE pita_coa_peer_reachable gauge\n");
        peers.forEach(p -> sb.append("pita_coa_peer_reachable{gateway=\"").append(p.gatewayId()).append("\"} ")
                .append(p.reachable() ? 1 : 0).append('\n'));
        sb.append("# HELP pita_coa_pushes_held Pushes held for an unreachable CoA peer, latest per session.\n"
                + "# TYPE pita_coa_pushes_held gauge\n");
        peers.forEach(p -> sb.append("pita_coa_pushes_held{gateway=\"").append(p.gatewayId()).append("\"} ")
                .append(p.held()).append('\n'));
        sb.append("# HELP pita_coa_peer_unreachable_total Times a gateway's CoA port became unreachable.\n"
                + "# TYPE pita_coa_peer_unreachable_total counter\n");
        peers.forEach(p -> sb.append("pita_coa_peer_unreachable_total{gateway=\"").append(p.gatewayId())
                .append("\"} ").append(p.outages()).append('\n'));
        sb
                .append("# HELP pita_http_malformed_requests_total Requests refused with 400 as malformed (bad "
                        + "percent-escapes).\n# TYPE pita_http_malformed_requests_total counter\n"
                        + "pita_http_malformed_requests_total ")
                .append(servers.stream().mapToLong(WebServer::badRequests).sum()).append('\n')
                .append("# HELP pita_log_events_dropped_total Log events dropped because the log queue was full.\n"
                        + "# TYPE pita_log_events_dropped_total counter\npita_log_events_dropped_total ")
                .append(BoundedAsyncAppender.droppedTotal()).append('\n');
        calendarNotices.writePrometheus(sb);
        alerts.writePrometheus(sb);
        var p = portal;
        if (p != null) {
            var load = p.load();
            sb.append("# HELP pita_portal_in_flight Portal requests in blocking work now.\n")
                    .append("# TYPE pita_portal_in_flight gauge\npita_portal_in_flight ").append(load.inFlight())
                    .append('\n')
                    .append("# HELP pita_portal_refused_total Portal requests refused before any blocking work.\n")
                    .append("# TYPE pita_portal_refused_total counter\n")
                    .append("pita_portal_refused_total{reason=\"rate-limited\"} ").append(load.rateLimited())
                    .append("\npita_portal_refused_total{reason=\"busy\"} ").append(load.shed()).append('\n');
        }
        return sb.toString();
    }
}
