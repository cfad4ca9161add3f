package id.pita.portal.citizen;

import id.pita.core.credential.SingleNodeCredentialStore;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Gateway;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import id.pita.core.district.Vendor;
import id.pita.core.session.MacAddress;
import id.pita.core.testing.MutableClock;
import id.pita.portal.web.WebServer;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The real WebServer and CitizenPortal on port 0 with fake directory, hours and usage and the real
 * SingleNodeCredentialStore; the test plays the gateway and the browser over HTTP.
 */
final class PortalFixture implements AutoCloseable {
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** 20.00 WITA on a Monday: after hours, the public Wi-Fi is open until 07.30 tomorrow. */
    static final Instant START = Instant.parse("2026-11-23T12:00:00Z");
    static final String UAMSECRET = "rahasia-uam";
    static final String FASKEY = "kunci-fas-1234";
    static final String NDS_NAME = "Alun Alun Tanah Grogot";
    /** Its browsers log in at 10.5.50.1 (its address) or, in ChromiumIT, at a stand-in router on 127.0.0.1. */
    static final Gateway MIKROTIK = new Gateway("mt-taman", "taman-kota", "10.5.50.1", "radius-1", Vendor.MIKROTIK,
            3799, null, "", List.of("127.0.0.1"));
    static final Gateway CHILLI = new Gateway("chilli-pasar", "pasar-baru", "10.1.0.1", "radius-2",
            Vendor.COOVACHILLI, 3799, null, UAMSECRET);
    /** Its authmon comes from 127.0.0.1 (where the test runs); citizens are sent to its 192.168.8.1:2050. */
    static final Gateway OPENNDS = new Gateway("nds-alun", "alun-alun", "127.0.0.1", null, Vendor.OPENNDS, 0, null,
            FASKEY, List.of("192.168.8.1:2050"));

    final MutableClock clock = MutableClock.at(START);
    final SingleNodeCredentialStore store;
    final Map<MacAddress, DeviceAllowance> usage = new ConcurrentHashMap<>();
    final Map<String, MacAddress> byIp = new ConcurrentHashMap<>();
    volatile String hotspotName = "Taman Kota Tanah Grogot";
    volatile boolean voucherRequired;
    volatile OpenHours hours = new OpenHours(true, ZonedDateTime.of(2026, 11, 24, 7, 30, 0, 0, WITA), "WITA");
    final Vertx vertx = Vertx.vertx();
    final WebServer server;
    final WebClient client;
    final CitizenPortal portal;
    final int port;

    PortalFixture() {
        this(100);
    }

    PortalFixture(int credentialCapacity) {
        store = new SingleNodeCredentialStore(new SecureRandom(), Duration.ofMinutes(5), credentialCapacity);
        var services = new PortalServices(new Directory(), (site, now) -> hours,
                (mac, now) -> usage.getOrDefault(mac, new DeviceAllowance(false, 7200, 1_500_000_000L)),
                ip -> Optional.ofNullable(byIp.get(ip)),
                (code, hotspot) -> code.equals("PITA-2026"),
                (hotspot, mac, now) -> new Admission(120, 512, 2048, 0, 500_000),
                store, new MacHasher("test-key-0123456789".getBytes(StandardCharsets.US_ASCII)), clock,
                PortalSettings.defaults("https://portal.paserkab.go.id/"));
        portal = new CitizenPortal(services);
        server = new WebServer(vertx, List.of(portal));
        port = await(server.start("127.0.0.1", 0)).getPort();
        client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<Buffer> get(String uri) {
        return await(client.get(port, "127.0.0.1", uri).send());
    }

    HttpResponse<Buffer> get(String uri, String header, String value) {
        return await(client.get(port, "127.0.0.1", uri).putHeader(header, value).send());
    }

    HttpResponse<Buffer> post(String uri, Map<String, String> form) {
        var m = MultiMap.caseInsensitiveMultiMap();
        form.forEach(m::add);
        return await(client.post(port, "127.0.0.1", uri).sendForm(m));
    }

    /** The value of the hidden field {@code name} in a page, unescaped as a browser would. */
    static String hidden(String html, String name) {
        var m = Pattern.compile("<input type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\">")
                .matcher(html);
        if (!m.find()) {
            throw new AssertionError("no hidden field " + name + " in " + html);
        }
        return unescape(m.group(1));
    }

    static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static <T> T await(Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("future failed", e);
        }
    }

    @Override
    public void close() {
        await(server.close());
        await(vertx.close());
    }

    private Hotspot hotspot(Gateway g) {
        var site = new Site(g.siteCode(), g == MIKROTIK ? hotspotName : g.siteCode(), SiteKind.HOTSPOT, "Tanah Grogot",
                Bandwidth.ZERO, Bandwidth.mbps(20, 5), 10, false);
        return new Hotspot(g, site, voucherRequired);
    }

    private final class Directory implements HotspotDirectory {
        @Override
        public Optional<Hotspot> mikrotik(String serverName, String loginHost) {
            return "hotspot1".equals(serverName) || "10.5.50.1".equals(loginHost) ? Optional.of(hotspot(MIKROTIK))
                    : Optional.empty();
        }

        @Override
        public Optional<Hotspot> chilli(String nasid, String called) {
            return CHILLI.id().equals(nasid) ? Optional.of(hotspot(CHILLI)) : Optional.empty();
        }

        @Override
        public Optional<Hotspot> openNds(String gatewayName) {
            return NDS_NAME.equals(gatewayName) ? Optional.of(hotspot(OPENNDS)) : Optional.empty();
        }

        @Override
        public Optional<Hotspot> openNdsByHash(String gatewayHash) {
            return ndsHash().equals(gatewayHash) ? Optional.of(hotspot(OPENNDS)) : Optional.empty();
        }
    }

    static String ndsHash() {
        return Digests.sha256Hex(OpenNdsFas.rawUrlEncode(NDS_NAME));
    }
}
