package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import id.pita.core.store.Store;
import id.pita.engine.accounting.GroupCommitSink;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.portal.testing.Client;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The store refuses writes while Pita runs (issue 17, faults): another process holds the SQLite file locked
 * for 10 s (a careless backup), or the disk under it fills up. Real Pita on loopback, real SQLite file, gateways
 * sending accounting over UDP with the engine's codec and retransmitting like a router (same packet, every
 * second). Pita must stop acknowledging, say so in the log and on {@code /health} and {@code /metrics}, keep
 * answering authentication, and resume by itself, with every acknowledged record in the store afterwards.
 */
class StoreFaultsIT {
    static final int ACCT_STATUS_TYPE = 40;
    static final int ACCT_SESSION_ID = 44;
    static final int START = 1;

    @TempDir
    Path dir;
    TestPita t;
    final List<ILoggingEvent> log = new CopyOnWriteArrayList<>();
    final AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent e) {
            log.add(e);
        }
    };
    Path mount;

    @BeforeEach
    void captureLog() {
        capture.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        capture.start();
        sinkLogger().addAppender(capture);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (t != null) {
                t.close();
            }
        } finally {
            sinkLogger().detachAppender(capture);
            if (mount != null) {
                run("umount", "-l", mount.toString());
            }
        }
    }

    @Test
    void anotherProcessLockingTheFileFor10sHoldsAcknowledgementsNotAuthenticationAndLosesNothing()
            throws Exception {
        t = new TestPita(dir);
        t.awaitFirstPlan();
        var gateways = new Gateways(t);
        gateways.start(3);
        gateways.awaitAcked(30, 20);
        var file = dir.resolve("data").resolve("pita.db");
        long lockedAt;
        long releasedAt;
        int waiting;
        var storedBeforeLock = new HashSet<String>();
        try (var other = DriverManager.getConnection("jdbc:sqlite:" + file);
             var s = other.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute("BEGIN EXCLUSIVE");
            lockedAt = System.nanoTime();
            // What Pita had stored when the lock was taken: nothing else can be stored until it is released.
            try (var rows = s.executeQuery("SELECT acct_session_id FROM accounting")) {
                while (rows.next()) {
                    storedBeforeLock.add(rows.getString(1));
                }
            }
            awaitTrue("/health DEGRADED while the file is locked", 9, () -> health().getString("status")
                    .equals("DEGRADED"));
            var degraded = health();
            assertThat(degraded.getJsonArray("faults").getString(0)).contains("accounting not stored");
            assertThat(new Client(t.adminBase()).get("/metrics").body()).contains("pita_accounting_storing 0");
            assertThat(officeLogin()).isEqualTo(PacketCode.ACCESS_ACCEPT);
            while (System.nanoTime() - lockedAt < TimeUnit.SECONDS.toNanos(10)) {
                Thread.sleep(50);
            }
            assertThat(officeLogin()).as("authentication at the end of the lock").isEqualTo(PacketCode.ACCESS_ACCEPT);
            waiting = gateways.pending();
            s.execute("COMMIT");
            releasedAt = System.nanoTime();
        }
        // An answer to a batch committed just before the lock may reach its gateway during the lock (it had half a
        // second of grace, which a loaded machine can exceed): what must not be acknowledged is a record that was
        // not stored when the lock was taken.
        var ackedWhileLocked = gateways.ackedBetween(lockedAt, releasedAt);
        var ackedNotStored = new ArrayList<>(ackedWhileLocked);
        ackedNotStored.removeAll(storedBeforeLock);
        assertThat(ackedNotStored).as("records acknowledged while the file was locked, not stored before it")
                .isEmpty();
        System.out.printf("acknowledged during the lock: %d, all stored before it%n", ackedWhileLocked.size());
        assertThat(waiting).as("records the gateways were retransmitting at the end of the lock").isPositive();
        System.out.printf("locked for %d ms, %d records waiting%n", (releasedAt - lockedAt) / 1_000_000, waiting);
        assertRecovers(gateways);
        assertThat(log).anySatisfy(e -> assertThat(e.getFormattedMessage())
                .contains("Accounting is not being stored, so not acknowledged"));
        assertThat(log).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("Accounting stored again"));
        assertEveryAcknowledgedRecordStored(gateways, dir.resolve("data").resolve("pita.db"));
    }

    @Test
    void aFullDiskHoldsAcknowledgementsNotAuthenticationAndLosesNothing() throws Exception {
        mount = dir.resolve("small");
        Files.createDirectories(mount);
        run("mount", "-t", "tmpfs", "-o", "size=8m", "pita-faults", mount.toString());
        t = new TestPita(mount);
        t.awaitFirstPlan();
        var gateways = new Gateways(t);
        gateways.start(3);
        gateways.awaitAcked(30, 20);
        var filler = mount.resolve("filler");
        fill(filler);
        long fullAt = System.nanoTime();
        awaitTrue("/health DEGRADED with the disk full", 60, () -> health().getString("status").equals("DEGRADED"));
        assertThat(health().getJsonArray("faults").getString(0)).contains("accounting not stored");
        assertThat(new Client(t.adminBase()).get("/metrics").body()).contains("pita_accounting_storing 0");
        assertThat(officeLogin()).isEqualTo(PacketCode.ACCESS_ACCEPT);
        // Still refusing a few seconds on: the gateways' retransmits go unanswered, not acknowledged into nowhere.
        Thread.sleep(3_000);
        long stillFull = System.nanoTime();
        int pending = gateways.pending();
        assertThat(pending).as("records waiting for an acknowledgement while the disk is full").isPositive();
        assertThat(health().getString("status")).isEqualTo("DEGRADED");
        assertThat(officeLogin()).isEqualTo(PacketCode.ACCESS_ACCEPT);
        Files.delete(filler);
        long freedAt = System.nanoTime();
        assertThat(gateways.ackedWhileFirstSentBetween(stillFull - TimeUnit.SECONDS.toNanos(3), freedAt))
                .as("records first sent once the store was refusing, acknowledged before space returned").isEmpty();
        System.out.printf("disk full for %d ms, %d records waiting%n", (freedAt - fullAt) / 1_000_000, pending);
        assertRecovers(gateways);
        assertThat(log).anySatisfy(e -> assertThat(e.getFormattedMessage())
                .contains("Accounting is not being stored, so not acknowledged"));
        assertEveryAcknowledgedRecordStored(gateways, mount.resolve("data").resolve("pita.db"));
    }

    /** Space and writes return: every record the gateways still retransmit is acknowledged, /health UP again. */
    private void assertRecovers(Gateways gateways) throws Exception {
        int before = gateways.acked.size();
        awaitTrue("/health UP again", 30, () -> health().getString("status").equals("UP"));
        gateways.awaitAcked(30, before + 10);
        gateways.stop();
        assertThat(gateways.pending()).as("records never acknowledged after the fault ended").isZero();
        assertThat(new Client(t.adminBase()).get("/metrics").body()).contains("pita_accounting_storing 1");
    }

    private void assertEveryAcknowledgedRecordStored(Gateways gateways, Path file) throws Exception {
        t.close();
        t = null;
        try (var store = Store.open(file)) {
            var stored = new HashSet<>(store.read(h -> h.createQuery("SELECT acct_session_id FROM accounting")
                    .mapTo(String.class).list()));
            var lost = new ArrayList<>(gateways.acked.keySet());
            lost.removeAll(stored);
            System.out.printf("%d acknowledged, %d stored, %d lost%n", gateways.acked.size(), stored.size(),
                    lost.size());
            assertThat(lost).as("acknowledged but not stored").isEmpty();
        }
    }

    /** Writes zeros until the filesystem says it is full. */
    private static void fill(Path filler) throws IOException {
        var block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int i = 0; i < 100_000; i++) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
            return;
        }
        throw new AssertionError("the small filesystem never filled");
    }

    private PacketCode officeLogin() throws Exception {
        var setda = t.district.site("setda").orElseThrow();
        return RadiusTestClient.accessRequest(t.pita.authAddress(), "127.0.0.1", t.gateway(TestPita.OFFICE_GW).secret(),
                setda.password(), List.of(RadiusAttribute.ofString(AttributeType.USER_NAME, "setda"))).code();
    }

    private JsonObject health() {
        return new JsonObject(new Client(t.base()).get("/health").body());
    }

    private static void awaitTrue(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + seconds + " s: " + what);
            }
            Thread.sleep(50);
        }
    }

    private static void run(String... command) throws Exception {
        var p = new ProcessBuilder(command).redirectErrorStream(true).start();
        var out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + out);
        }
    }

    private static Logger sinkLogger() {
        return (Logger) LoggerFactory.getLogger(GroupCommitSink.class);
    }

    /**
     * The Setda office router's accounting (source 127.0.0.1), as {@code n} streams: each sends a Start for a
     * fresh session and retransmits the same packet every second until it is answered, as RouterOS does.
     */
    static final class Gateways {
        final TestPita t;
        final Map<String, Long> firstSent = new ConcurrentHashMap<>();
        final Map<String, Long> acked = new ConcurrentHashMap<>();
        final AtomicBoolean sending = new AtomicBoolean(true);
        final AtomicInteger next = new AtomicInteger();
        final List<Thread> threads = new ArrayList<>();

        Gateways(TestPita t) {
            this.t = t;
        }

        void start(int n) {
            for (int i = 0; i < n; i++) {
                var th = new Thread(this::stream, "gateway-" + i);
                th.setDaemon(true);
                th.start();
                threads.add(th);
            }
        }

        /** Stops starting new records; those in hand are retransmitted until answered (at most 30 s). */
        void stop() throws InterruptedException {
            sending.set(false);
            for (var th : threads) {
                th.join(40_000);
            }
        }

        int pending() {
            return firstSent.size() - acked.size();
        }

        List<String> ackedWhileFirstSentBetween(long from, long to) {
            return firstSent.entrySet().stream().filter(e -> e.getValue() > from && acked.containsKey(e.getKey())
                    && acked.get(e.getKey()) < to).map(Map.Entry::getKey).toList();
        }

        List<String> ackedBetween(long from, long to) {
            return acked.entrySet().stream().filter(e -> e.getValue() > from && e.getValue() < to)
                    .map(Map.Entry::getKey).toList();
        }

        void awaitAcked(int seconds, int n) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (acked.size() < n) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("only " + acked.size() + " of " + n + " acknowledged within " + seconds
                            + " s");
                }
                Thread.sleep(20);
            }
        }

        private void stream() {
            var secret = t.gateway(TestPita.OFFICE_GW).secret().getBytes(StandardCharsets.UTF_8);
            var server = t.pita.accountingAddress();
            try (var socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))) {
                socket.setSoTimeout(1_000);
                var buffer = new byte[4096];
                while (sending.get()) {
                    var id = "fault-" + next.incrementAndGet();
                    var request = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCOUNTING_REQUEST,
                            id.hashCode() & 0xff, List.of(RadiusAttribute.ofInt(ACCT_STATUS_TYPE, START),
                                    RadiusAttribute.ofString(ACCT_SESSION_ID, id),
                                    RadiusAttribute.ofString(AttributeType.USER_NAME, "setda"))), secret);
                    var bytes = request.encode();
                    firstSent.put(id, System.nanoTime());
                    long giveUp = Long.MAX_VALUE;
                    while (true) {
                        if (!sending.get() && giveUp == Long.MAX_VALUE) {
                            giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                        }
                        if (System.nanoTime() > giveUp) {
                            return;
                        }
                        socket.send(new DatagramPacket(bytes, bytes.length, server));
                        if (awaitAnswer(socket, buffer, request, secret)) {
                            acked.put(id, System.nanoTime());
                            break;
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** True once the answer to {@code request} arrives within the second; stray answers are skipped. */
        private static boolean awaitAnswer(DatagramSocket socket, byte[] buffer, RadiusPacket request, byte[] secret)
                throws IOException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (System.nanoTime() < until) {
                var answer = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(answer);
                } catch (SocketTimeoutException e) {
                    return false;
                }
                var response = RadiusPacket.decode(Arrays.copyOf(buffer, answer.getLength()));
                if (response.code().equals(PacketCode.ACCOUNTING_RESPONSE)
                        && response.identifier() == request.identifier()
                        && Authenticators.verifyResponse(response, request.authenticator(), secret)) {
                    return true;
                }
            }
            return false;
        }
    }
}
