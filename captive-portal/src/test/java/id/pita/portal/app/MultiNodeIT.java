package id.pita.portal.app;

import static id.pita.portal.app.GatewayHandshakesIT.CHALLENGE;
import static id.pita.portal.app.GatewayHandshakesIT.CHAP_ID;
import static id.pita.portal.app.GatewayHandshakesIT.MIKROTIK_SPLASH;
import static id.pita.portal.app.GatewayHandshakesIT.concat;
import static id.pita.portal.app.GatewayHandshakesIT.hidden;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.config.DistrictImporter;
import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.store.NodeRepository.Node;
import id.pita.core.store.Store;
import id.pita.core.store.StoreTarget;
import id.pita.core.testing.PostgresServer;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.portal.testing.Client;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three Pita nodes in separate JVMs ({@link PitaChild}) over one real PostgreSQL 15 ({@link PostgresServer}) on
 * loopback. Citizens accept the terms on the leader's portal ("node A") while their MikroTik, played by the
 * project's RADIUS client from 127.0.0.2, authenticates them on a follower ("node B"): the one-time credential
 * minted on A is redeemed on B. The leader is then killed with {@code kill -9} while the gateway sends every
 * accounting record to all three nodes; a citizen who logs in after the kill gets a planned rate pushed by
 * another node within two control periods; every record a node acknowledged is in the database exactly once; and
 * the gateway's CoA port, which counts pushes per session, never receives a session's rate twice in a row.
 */
class MultiNodeIT {
    private static final int PERIOD_S = 5;
    private static final int CITIZENS = 4;
    private static final String GW = TestPita.MIKROTIK_GW;
    private static final String GW_ADDRESS = "127.0.0.2";
    private static final long MIKROTIK = 14988;
    private static final int ACCT_STATUS_TYPE = 40;
    private static final int ACCT_INPUT_OCTETS = 42;
    private static final int ACCT_OUTPUT_OCTETS = 43;
    private static final int ACCT_SESSION_ID = 44;
    private static final int ACCT_SESSION_TIME = 46;

    @TempDir
    Path dir;
    private final List<Process> children = new ArrayList<>();

    /** One node as its READY line gave it. */
    record NodeProcess(Process process, int admin, int web, int auth, int acct) {
        InetSocketAddress authAddress() {
            return new InetSocketAddress("127.0.0.1", auth);
        }

        InetSocketAddress acctAddress() {
            return new InetSocketAddress("127.0.0.1", acct);
        }

        String id() {
            return "127.0.0.1:" + auth;
        }
    }

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    void citizensCrossNodesTheLeaderDiesAndNothingIsLostOrPushedTwice() throws Exception {
        var server = PostgresServer.shared();
        var target = StoreTarget.postgres(server.createDatabase(), server.user(), server.password(),
                dir.resolve("secrets.key"));
        try (var gatewayCoa = new CoaPort(GW_ADDRESS); var store = Store.open(target, java.time.Clock.systemUTC())) {
            var district = withCoaPort(TestPita.loopbackPaser(), GW, gatewayCoa.port());
            DistrictImporter.importInto(store, district);
            var secret = district.gateway(GW).orElseThrow().secret();
            gatewayCoa.start(secret);

            // The three start together: they migrate once, one of them makes the console's admin, one leads.
            var starting = List.of(startAsync("n1", target), startAsync("n2", target), startAsync("n3", target));
            var nodes = new ArrayList<NodeProcess>();
            for (int i = 0; i < starting.size(); i++) {
                nodes.add(ready(starting.get(i), "n" + (i + 1)));
            }
            var leader = awaitOneLeader(store, nodes, Set.of());
            var a = leader;
            var b = nodes.stream().filter(n -> n != a).findFirst().orElseThrow();
            var c = nodes.stream().filter(n -> n != a && n != b).findFirst().orElseThrow();

            var sessions = new ArrayList<String>();
            for (int i = 1; i <= CITIZENS; i++) {
                var session = "81b0000" + i;
                logIn(a, b, secret, session, "AA:BB:CC:00:22:0" + i);
                assertThat(accounting(List.of(b), secret, session, 1, 0)).as("Start of %s acknowledged", session)
                        .isTrue();
                sessions.add(session);
            }
            gatewayCoa.awaitPushed(sessions, 30);

            // Around the kill, every record goes to all three nodes; a record counts as acknowledged when any node
            // answered it.
            var acked = new ConcurrentHashMap<String, Boolean>();
            var sending = new AtomicBoolean(true);
            var gateway = new Thread(() -> interims(List.of(a, b, c), secret, sessions, acked, sending), "gateway");
            gateway.start();
            Thread.sleep(1_000);
            a.process().destroyForcibly(); // SIGKILL
            assertThat(a.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            long killed = System.nanoTime();

            var next = "81b00009";
            logIn(c, b, secret, next, "AA:BB:CC:00:22:09");
            assertThat(accounting(List.of(b, c), secret, next, 1, 0)).isTrue();
            gatewayCoa.awaitPushed(List.of(next), 3 * PERIOD_S);
            double tookS = (System.nanoTime() - killed) / 1e9;
            var newLeader = awaitOneLeader(store, nodes, Set.of(a));
            System.out.printf("MultiNodeIT: leader %s killed; %s leads; the next citizen's rate was pushed %.1f s "
                    + "after the kill (control period %d s)%n", a.id(), newLeader.id(), tookS, PERIOD_S);
            assertThat(tookS).as("planned by another node within two control periods").isLessThan(2.0 * PERIOD_S);
            Thread.sleep(1_000);
            sending.set(false);
            gateway.join(30_000);

            assertThat(acked).as("records acknowledged around the kill").hasSizeGreaterThan(CITIZENS * 3);
            for (var key : acked.keySet()) {
                var parts = key.split("#");
                int rows = store.read(h -> h.createQuery("SELECT COUNT(*) FROM accounting WHERE gateway_id = :g "
                                + "AND acct_session_id = :s AND status = 'INTERIM_UPDATE' AND upload_bytes = :u")
                        .bind("g", GW).bind("s", parts[0]).bind("u", Long.parseLong(parts[1]) * 1000)
                        .mapTo(Integer.class).one());
                assertThat(rows).as("acknowledged record %s stored once though sent to three nodes", key)
                        .isEqualTo(1);
            }
            gatewayCoa.assertNoRatePushedTwiceInARow();
            System.out.printf("MultiNodeIT: %d accounting records acknowledged around the kill, all stored once; "
                    + "pushes per session %s%n", acked.size(), gatewayCoa.counts());
        }
    }

    /** The MikroTik handshake on {@code portal}'s splash, then the router's CHAP Access-Request to {@code radius}. */
    private static void logIn(NodeProcess portal, NodeProcess radius, String secret, String session, String mac)
            throws Exception {
        var browser = new Client("http://127.0.0.1:" + portal.web());
        var splash = browser.get(MIKROTIK_SPLASH.replace("AA%3ABB%3ACC%3A00%3A11%3A22",
                java.net.URLEncoder.encode(mac, StandardCharsets.UTF_8)));
        assertThat(splash.statusCode()).as(splash.body()).isEqualTo(200);
        var accept = browser.form("/login", Map.of("u", hidden(splash.body(), "u"), "terms", "1", "lang", "id"));
        assertThat(accept.statusCode()).as(accept.body()).isEqualTo(200);
        var request = List.of(RadiusAttribute.ofString(AttributeType.USER_NAME, hidden(accept.body(), "username")),
                RadiusAttribute.of(AttributeType.CHAP_PASSWORD, concat(new byte[] {CHAP_ID},
                        HexFormat.of().parseHex(hidden(accept.body(), "password")))),
                RadiusAttribute.of(AttributeType.CHAP_CHALLENGE, CHALLENGE),
                RadiusAttribute.ofString(GatewayHandshakesIT.NAS_IDENTIFIER, GW),
                RadiusAttribute.ofString(GatewayHandshakesIT.CALLING_STATION_ID, mac),
                RadiusAttribute.ofString(ACCT_SESSION_ID, session));
        var answer = RadiusTestClient.accessRequest(radius.authAddress(), GW_ADDRESS, secret, request);
        assertThat(answer.code()).as("credential minted on %s, redeemed on %s: %s", portal.id(), radius.id(), answer)
                .isEqualTo(PacketCode.ACCESS_ACCEPT);
        var again = RadiusTestClient.accessRequest(radius.authAddress(), GW_ADDRESS, secret, request);
        assertThat(again.code()).as("used once").isEqualTo(PacketCode.ACCESS_REJECT);
    }

    /** Interim-Updates with growing counters, each sent to every node until the gateway stops. */
    private static void interims(List<NodeProcess> nodes, String secret, List<String> sessions,
                                 Map<String, Boolean> acked, AtomicBoolean sending) {
        try {
            for (int seq = 1; sending.get() && seq < 1_000; seq++) {
                for (var session : sessions) {
                    if (accounting(nodes, secret, session, 3, seq)) {
                        acked.put(session + "#" + seq, true);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One accounting record sent to each of {@code nodes}; true when at least one acknowledged it. */
    private static boolean accounting(List<NodeProcess> nodes, String secret, String session, int status, int seq)
            throws Exception {
        var attributes = List.of(RadiusAttribute.ofInt(ACCT_STATUS_TYPE, status),
                RadiusAttribute.ofString(ACCT_SESSION_ID, session),
                RadiusAttribute.ofString(AttributeType.USER_NAME, "citizen"),
                RadiusAttribute.ofString(GatewayHandshakesIT.NAS_IDENTIFIER, GW),
                RadiusAttribute.ofInt(ACCT_INPUT_OCTETS, seq * 1000L),
                RadiusAttribute.ofInt(ACCT_OUTPUT_OCTETS, seq * 5000L),
                RadiusAttribute.ofInt(ACCT_SESSION_TIME, seq));
        boolean any = false;
        for (var node : nodes) {
            any |= RadiusTestClient.accounting(node.acctAddress(), GW_ADDRESS, secret, session.hashCode() + seq,
                    attributes, 300);
        }
        return any;
    }

    private static NodeProcess awaitOneLeader(Store store, List<NodeProcess> nodes, Set<NodeProcess> dead)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4L * PERIOD_S);
        while (System.nanoTime() < deadline) {
            var leaders = store.nodes().all().stream().filter(Node::leader).map(Node::id).toList();
            var live = nodes.stream().filter(n -> !dead.contains(n) && leaders.contains(n.id())).toList();
            if (leaders.size() == 1 && live.size() == 1) {
                return live.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not exactly one live leader: " + store.nodes().all());
    }

    private Process startAsync(String name, StoreTarget target) throws Exception {
        var config = dir.resolve(name + ".yaml");
        Files.writeString(config, """
                store: {url: "%s", user: "%s", password: "%s", secretsKey: "%s"}
                macKeyFile: %s
                radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0}
                web: {host: 127.0.0.1, port: 0, publicUrl: "https://wifi.paser.example/"}
                gateways: {pitaAddress: 127.0.0.1}
                control: {period: %ds}
                coa: {timeout: 500ms, maxTimeout: 1s}
                clock: {start: "2026-11-24T18:00:00+08:00"}
                backup: {at: "off"}
                """.formatted(target.url(), target.user(), target.password(), target.secretsKey().orElseThrow(),
                dir.resolve("mac-hash.key"), PERIOD_S));
        var child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), PitaChild.class.getName(), config.toString())
                .redirectError(dir.resolve(name + ".log").toFile()).start();
        children.add(child);
        return child;
    }

    private NodeProcess ready(Process child, String name) throws Exception {
        String[] parts;
        try {
            parts = ConsoleEditKillIT.readyLine(child);
        } catch (AssertionError e) {
            var log = Files.readAllLines(dir.resolve(name + ".log"));
            throw new AssertionError("node " + name + " did not start:\n"
                    + String.join("\n", log.subList(Math.max(0, log.size() - 40), log.size())), e);
        }
        return new NodeProcess(child, Integer.parseInt(parts[0]), Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]), Integer.parseInt(parts[4]));
    }

    static District withCoaPort(District d, String id, int port) {
        var gateways = d.gateways().stream().map(g -> g.id().equals(id) ? new Gateway(g.id(), g.siteCode(),
                g.address(), g.secret(), g.vendor(), port, g.messageAuthenticator(), g.portalSecret(),
                g.loginAddresses()) : g).toList();
        return new District(d.code(), d.name(), d.zone(), d.pool(), d.sites(), gateways, d.calendar(), d.policies(),
                d.citizenPlan());
    }

    /**
     * The MikroTik's CoA port: answers every CoA-Request with CoA-ACK and every Disconnect-Request with
     * Disconnect-ACK, signed, and keeps per Acct-Session-Id the Mikrotik-Rate-Limit of each CoA in arrival order.
     */
    static final class CoaPort implements AutoCloseable {
        private final DatagramSocket socket;
        private final Map<String, List<String>> rates = new ConcurrentHashMap<>();
        private volatile String secret = "";
        private final Thread thread;

        CoaPort(String address) throws Exception {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(address), 0));
            thread = new Thread(this::serve, "gateway-coa");
            thread.setDaemon(true);
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            var buffer = new byte[4096];
            while (!socket.isClosed()) {
                try {
                    var in = new DatagramPacket(buffer, buffer.length);
                    socket.receive(in);
                    var key = secret.getBytes(StandardCharsets.UTF_8);
                    var request = RadiusPacket.decode(Arrays.copyOf(buffer, in.getLength()));
                    if (!Authenticators.verifyRequestAuthenticator(request, key)) {
                        continue;
                    }
                    var session = request.attribute(ACCT_SESSION_ID).map(x -> new String(x.value(),
                            StandardCharsets.UTF_8)).orElse("?");
                    var disconnect = PacketCode.DISCONNECT_REQUEST.equals(request.code());
                    var rate = disconnect ? "disconnect" : request.vendorAttribute(MIKROTIK, 8)
                            .map(x -> new String(x.vendorValue(), StandardCharsets.UTF_8)).orElse("?");
                    rates.computeIfAbsent(session, s -> new CopyOnWriteArrayList<>()).add(rate);
                    var ack = Authenticators.signResponse(RadiusPacket.of(disconnect ? PacketCode.DISCONNECT_ACK
                            : PacketCode.COA_ACK, request.identifier(), List.of()), request.authenticator(), key)
                            .encode();
                    socket.send(new DatagramPacket(ack, ack.length, in.getSocketAddress()));
                } catch (java.io.IOException | RuntimeException e) {
                    if (socket.isClosed()) {
                        return;
                    }
                }
            }
        }

        void start(String gatewaySecret) {
            secret = gatewaySecret;
            thread.start();
        }

        void awaitPushed(List<String> sessions, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!sessions.stream().allMatch(rates::containsKey)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no push within " + seconds + " s to some of " + sessions + ": " + rates);
                }
                Thread.sleep(20);
            }
        }

        void assertNoRatePushedTwiceInARow() {
            rates.forEach((session, pushed) -> {
                for (int i = 1; i < pushed.size(); i++) {
                    assertThat(pushed.get(i)).as("push %d to %s: %s", i + 1, session, pushed)
                            .isNotEqualTo(pushed.get(i - 1));
                }
            });
        }

        Map<String, Integer> counts() {
            var m = new java.util.TreeMap<String, Integer>();
            rates.forEach((s, l) -> m.put(s, l.size()));
            return m;
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}
