package id.pita.portal.app;

import static id.pita.portal.app.GatewayHandshakesIT.concat;
import static id.pita.portal.app.GatewayHandshakesIT.hidden;
import static id.pita.portal.app.GatewayHandshakesIT.md5;
import static id.pita.portal.app.GatewayHandshakesIT.param;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.portal.testing.Client;
import id.pita.portal.testing.FromAddress;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 4, against the REAL running Pita: a bounded login flood at one park (20 source addresses, 100
 * attempts each, every one with a new MAC, 32 at a time) is refused on the event loop before any blocking work,
 * keeps the portal's blocking work and the heap bounded, fills only that park's share of one-time credentials,
 * and a real citizen at another hotspot still logs in, up to the engine's Access-Accept.
 */
class FloodIT {
    static final int ADDRESSES = 20;
    static final int PER_ADDRESS = 100;
    static final int PER_HOTSPOT = 100;

    @TempDir
    Path dir;
    TestPita t;

    @BeforeEach
    void start() throws Exception {
        t = new TestPita(dir, Clock.fixed(TestPita.TUESDAY_10_WITA, ZoneOffset.UTC),
                "credentialsPerHotspot: " + PER_HOTSPOT, null);
        t.awaitFirstPlan();
    }

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    @Test
    void aFloodAtOneParkStaysBoundedAndACitizenAtAnotherStillLogsIn() throws Exception {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        var pool = Executors.newFixedThreadPool(32);
        int port = t.pita.webAddress().getPort();
        long t0 = System.nanoTime();
        for (int a = 0; a < ADDRESSES; a++) {
            var source = "127.0.0." + (10 + a);
            for (int i = 0; i < PER_ADDRESS; i++) {
                var mac = String.format("%%3A%02X%%3A%02X", a, i);
                var u = t.base() + GatewayHandshakesIT.MIKROTIK_SPLASH.replace("%3A11%3A22", mac);
                pool.execute(() -> statuses.computeIfAbsent(FromAddress.post(source, port, "/login",
                        Map.of("u", u, "terms", "1")).status(), k -> new AtomicInteger()).incrementAndGet());
            }
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long heapGrowth = memory.getHeapMemoryUsage().getUsed() - heapBefore;

        var load = t.pita.portalLoad();
        int ok = count(statuses, 200);
        System.out.printf("flood: %d requests in %d ms, statuses %s, blocking high water %d, heap +%d MB%n",
                ADDRESSES * PER_ADDRESS, ms, statuses, load.inFlightHighWater(), heapGrowth >> 20);
        assertThat(statuses.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(ADDRESSES * PER_ADDRESS);
        assertThat(ok).isEqualTo(PER_HOTSPOT);
        assertThat(t.pita.liveCredentials(TestPita.MIKROTIK_GW)).isEqualTo(PER_HOTSPOT);
        assertThat(count(statuses, 429)).isGreaterThan(ADDRESSES * PER_ADDRESS * 8 / 10);
        assertThat(load.rateLimited()).isEqualTo(count(statuses, 429));
        assertThat(load.inFlightHighWater()).isBetween(1, 64);
        assertThat(load.inFlight()).isZero();
        assertThat(heapGrowth).isLessThan(64L << 20);

        citizenAtTamanSiringLogsIn();
    }

    private static int count(Map<Integer, AtomicInteger> statuses, int status) {
        var n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    /** The CoovaChilli hotspot, from its own address: splash, accept, and the engine accepts the credential. */
    private void citizenAtTamanSiringLogsIn() throws Exception {
        var gateway = t.gateway(TestPita.CHILLI_GW);
        var challenge = GatewayHandshakesIT.CHILLI_CHALLENGE;
        var url = t.base() + "/?res=notyet&uamip=10.1.0.1&uamport=3990&challenge=" + challenge
                + "&called=00-0C-42-AA-BB-CC&mac=AA-BB-CC-00-77-88&ip=10.1.0.78&nasid=" + gateway.id()
                + "&sessionid=5f1f&userurl=http%3A%2F%2Fexample.id%2F";
        url += "&md=" + HexFormat.of().formatHex(md5((url + gateway.portalSecret()).getBytes(StandardCharsets.UTF_8)))
                .toUpperCase(Locale.ROOT);
        var browser = new Client(t.base());
        var splash = browser.get(url.substring(t.base().length()));
        assertThat(splash.statusCode()).as(splash.body()).isEqualTo(200);

        var accept = browser.form("/login", Map.of("u", hidden(splash.body(), "u"), "terms", "1"));

        assertThat(accept.statusCode()).as(accept.body()).isEqualTo(302);
        var logon = accept.headers().firstValue("Location").orElseThrow();
        var k = md5(concat(HexFormat.of().parseHex(challenge),
                gateway.portalSecret().getBytes(StandardCharsets.UTF_8)));
        var request = List.of(RadiusAttribute.ofString(AttributeType.USER_NAME, param(logon, "username")),
                RadiusAttribute.of(AttributeType.CHAP_PASSWORD, concat(new byte[] {0},
                        HexFormat.of().parseHex(param(logon, "response")))),
                RadiusAttribute.of(AttributeType.CHAP_CHALLENGE, k),
                RadiusAttribute.ofString(GatewayHandshakesIT.NAS_IDENTIFIER, gateway.id()),
                RadiusAttribute.ofString(GatewayHandshakesIT.CALLING_STATION_ID, "AA-BB-CC-00-77-88"));
        var answer = RadiusTestClient.accessRequest(t.pita.authAddress(), "127.0.0.3", gateway.secret(), request);
        assertThat(answer.code()).as(answer.toString()).isEqualTo(PacketCode.ACCESS_ACCEPT);
    }
}
