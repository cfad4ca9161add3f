package id.pita.portal.simulator;

import id.pita.core.credential.SingleNodeCredentialStore;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.session.AccountingRecord;
import id.pita.engine.access.AccessDecision;
import id.pita.engine.access.AccessRequestInfo;
import id.pita.engine.access.RateReply;
import id.pita.engine.coa.CoaClient;
import id.pita.engine.coa.CoaClientConfig;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.radius.server.RadiusServer;
import id.pita.engine.radius.server.RadiusServerConfig;
import id.pita.portal.citizen.Admission;
import id.pita.portal.citizen.CitizenPortal;
import id.pita.portal.citizen.DeviceAllowance;
import id.pita.portal.citizen.Hotspot;
import id.pita.portal.citizen.HotspotDirectory;
import id.pita.portal.citizen.MacHasher;
import id.pita.portal.citizen.OpenHours;
import id.pita.portal.citizen.PortalServices;
import id.pita.portal.citizen.PortalSettings;
import id.pita.portal.web.WebServer;
import io.netty.util.HashedWheelTimer;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The real RADIUS server, citizen portal and CoA client composed by hand, with a simple access rule
 * (an office link gets its guarantee, a minted citizen credential its device cap) and accounting kept in
 * a list: enough of Pita for the simulator to be tested as the separate party it is.
 */
final class MiniPita implements AutoCloseable {
    static final Bandwidth DEVICE_CAP = Bandwidth.mbps(5, 1);

    final District district;
    final Clock clock;
    final SingleNodeCredentialStore credentials = new SingleNodeCredentialStore(new SecureRandom(), Duration.ofMinutes(5),
            1000);
    final List<AccountingRecord> accounting = new CopyOnWriteArrayList<>();
    final Vertx vertx = Vertx.vertx();
    final HashedWheelTimer timer = new HashedWheelTimer();
    final RadiusServer radius;
    final WebServer web;
    final CoaClient coa;
    final RadiusServer.Bound bound;
    final int webPort;

    MiniPita(District district, Clock clock) throws Exception {
        this.district = district;
        this.clock = clock;
        radius = new RadiusServer(RadiusServerConfig.loopbackEphemeral(), this::gateway, this::decide, r -> {
            accounting.add(r);
            return CompletableFuture.completedFuture(null);
        }, new EngineMetrics(), clock);
        bound = radius.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
        var services = new PortalServices(new Directory(), (site, now) -> new OpenHours(true,
                now.atZone(district.zone()).plusHours(12), "WITA"),
                (mac, now) -> new DeviceAllowance(false, 7200, 1_000_000_000L), ip -> Optional.empty(),
                (code, hotspot) -> false, (hotspot, mac, now) -> new Admission(120, 1000, 5000, 0, 1_000_000),
                credentials, new MacHasher("mini-pita-mac-key-0123".getBytes(StandardCharsets.US_ASCII)), clock,
                PortalSettings.defaults("http://127.0.0.1/"));
        web = new WebServer(vertx, List.of(new CitizenPortal(services)));
        webPort = web.start("127.0.0.1", 0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                .getPort();
        coa = new CoaClient(CoaClientConfig.defaults().withRetries(2, Duration.ofMillis(500), Duration.ofSeconds(1)),
                timer, clock);
        coa.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    SimulatorConfig simulatorConfig() {
        return SimulatorConfig.of(bound.auth(), bound.accounting(), "http://127.0.0.1:" + webPort)
                .withTick(Duration.ofMillis(20));
    }

    private Optional<Gateway> gateway(InetAddress source) {
        return district.gateways().stream().filter(g -> g.address().equals(source.getHostAddress())).findFirst();
    }

    private AccessDecision decide(AccessRequestInfo request) {
        var g = request.gateway();
        var site = district.site(g.siteCode()).orElseThrow();
        if (!site.isHotspot() && site.code().equals(request.username())) {
            return accept(site.guarantee(), Optional.empty(), "office:" + site.code());
        }
        var now = clock.instant();
        var credential = credentials.find(request.username(), now);
        if (credential.isPresent() && credential.get().gatewayId().equals(g.id())
                && request.password().matches(credential.get().password())
                && credentials.consume(request.username(), now)) {
            return accept(DEVICE_CAP, Optional.of(Duration.ofHours(2)), "citizen");
        }
        return new AccessDecision.Reject("unknown", "Ditolak", "Rejected");
    }

    private static AccessDecision accept(Bandwidth rate, Optional<Duration> timeout, String className) {
        return new AccessDecision.Accept(new RateReply(rate, Bandwidth.ZERO, timeout, Optional.empty(),
                Duration.ofMinutes(5), Optional.empty(), className));
    }

    private Hotspot hotspot(Gateway g) {
        return new Hotspot(g, district.site(g.siteCode()).orElseThrow(), false);
    }

    private final class Directory implements HotspotDirectory {
        @Override
        public Optional<Hotspot> mikrotik(String serverName, String loginHost) {
            return district.gateway(serverName).map(MiniPita.this::hotspot);
        }

        @Override
        public Optional<Hotspot> chilli(String nasid, String called) {
            return district.gateway(nasid).map(MiniPita.this::hotspot);
        }

        @Override
        public Optional<Hotspot> openNds(String gatewayName) {
            return Optional.empty();
        }

        @Override
        public Optional<Hotspot> openNdsByHash(String gatewayHash) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws Exception {
        coa.close();
        radius.close();
        web.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        timer.stop();
    }
}
