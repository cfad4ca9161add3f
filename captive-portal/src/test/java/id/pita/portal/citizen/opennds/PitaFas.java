package id.pita.portal.citizen.opennds;

import id.pita.core.credential.SingleNodeCredentialStore;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Gateway;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import id.pita.core.district.Vendor;
import id.pita.portal.citizen.Admission;
import id.pita.portal.citizen.CitizenPortal;
import id.pita.portal.citizen.DeviceAllowance;
import id.pita.portal.citizen.Hotspot;
import id.pita.portal.citizen.HotspotDirectory;
import id.pita.portal.citizen.MacHasher;
import id.pita.portal.citizen.OpenHours;
import id.pita.portal.citizen.OpenNdsFas;
import id.pita.portal.citizen.PortalServices;
import id.pita.portal.citizen.PortalSettings;
import id.pita.portal.web.WebServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Pita's real WebServer and CitizenPortal as openNDS's FAS, with in-test services: one open hotspot whose gateway
 * is the openNDS under test (id = its gatewayname, portalSecret = its faskey), a device with allowance left.
 */
final class PitaFas implements AutoCloseable {
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** 20.00 WITA on a Monday: the public Wi-Fi is open until 07.30 the next morning. */
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final Admission ADMISSION = new Admission(120, 512, 2048, 0, 500_000);

    final Gateway gateway;
    final int port;
    private final Vertx vertx = Vertx.vertx();
    private final WebServer server;

    /** @param loginAddress the gateway's own address citizens are sent back to (its {@code gatewayaddress}) */
    PitaFas(String gatewayName, String faskey, String bindIp, String loginAddress) {
        gateway = new Gateway(gatewayName, "taman-uji", bindIp, null, Vendor.OPENNDS, 0, null,
                faskey, List.of(loginAddress));
        var hotspot = new Hotspot(gateway, new Site("taman-uji", "Taman Uji Pita", SiteKind.HOTSPOT, "Tanah Grogot",
                Bandwidth.ZERO, Bandwidth.mbps(20, 5), 10, false), false);
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var hours = new OpenHours(true, NOW.atZone(WITA).plusHours(11).plusMinutes(30), "WITA");
        var services = new PortalServices(new OneGateway(hotspot), (site, now) -> hours,
                (mac, now) -> new DeviceAllowance(false, 7200, 1_500_000_000L), ip -> Optional.empty(),
                (code, h) -> false, (h, mac, now) -> ADMISSION,
                new SingleNodeCredentialStore(new SecureRandom(), Duration.ofMinutes(5), 100),
                new MacHasher("opennds-interop-key".getBytes(StandardCharsets.US_ASCII)), clock,
                PortalSettings.defaults("https://portal.paserkab.go.id/"));
        server = new WebServer(vertx, List.of(new CitizenPortal(services)));
        port = await(server.start(bindIp, 0)).getPort();
    }

    @Override
    public void close() {
        await(server.close());
        await(vertx.close());
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Pita's web server: " + e.getMessage(), e);
        }
    }

    /** Knows exactly one openNDS gateway, by its gatewayname and by authmon's hash of it. */
    private record OneGateway(Hotspot hotspot) implements HotspotDirectory {
        @Override
        public Optional<Hotspot> mikrotik(String serverName, String loginHost) {
            return Optional.empty();
        }

        @Override
        public Optional<Hotspot> chilli(String nasid, String called) {
            return Optional.empty();
        }

        @Override
        public Optional<Hotspot> openNds(String gatewayName) {
            return Optional.of(hotspot).filter(h -> h.gateway().id().equals(gatewayName));
        }

        @Override
        public Optional<Hotspot> openNdsByHash(String gatewayHash) {
            var name = OpenNdsFas.rawUrlEncode(hotspot.gateway().id());
            return Optional.of(hotspot).filter(h -> Sha256.hex(name).equals(gatewayHash));
        }
    }
}
