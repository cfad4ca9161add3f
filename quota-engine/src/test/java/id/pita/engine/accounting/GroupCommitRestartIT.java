package id.pita.engine.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.store.Store;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: a child JVM runs the RADIUS server with the group commit on a SQLite file,
 * eight gateway threads send accounting and note every Accounting-Response, the child is killed
 * (SIGKILL, mid-stream), and the reopened store must hold every acknowledged record.
 */
class GroupCommitRestartIT {
    static final int ACCT_STATUS_TYPE = 40;
    static final int ACCT_SESSION_ID = 44;
    static final int START = 1;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedRecordSurvivesAKill() throws Exception {
        var db = dir.resolve("acct.db");
        var child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AccountingChild.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var acked = ConcurrentHashMap.<String>newKeySet();
        var sending = new AtomicBoolean(true);
        ExecutorService gateways = Executors.newFixedThreadPool(8);
        try {
            int port = readyPort(child);
            var server = new InetSocketAddress("127.0.0.1", port);
            var next = new AtomicInteger();
            for (int g = 0; g < 8; g++) {
                gateways.submit(() -> send(server, next, acked, sending));
            }
            long t0 = System.nanoTime();
            awaitAtLeast(acked, 500);
            System.out.printf("500 acknowledged in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } finally {
            sending.set(false);
            gateways.shutdown();
            gateways.awaitTermination(10, TimeUnit.SECONDS);
            child.destroyForcibly();
        }
        Set<String> stored;
        try (var store = Store.open(db)) {
            stored = new HashSet<>(store.read(h -> h.createQuery("SELECT acct_session_id FROM accounting")
                    .mapTo(String.class).list()));
        }
        assertThat(acked).hasSizeGreaterThanOrEqualTo(500);
        var lost = new ArrayList<>(acked);
        lost.removeAll(stored);
        assertThat(lost).as("acknowledged but not stored").isEmpty();
    }

    static int readyPort(Process child) throws Exception {
        var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        // The child logs to stdout too: skip to its READY line.
        for (var line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                // Keep draining, or the child blocks on a full pipe as soon as it logs enough.
                var drain = new Thread(() -> out.lines().forEach(l -> { }), "child-stdout");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(line.substring(6).trim());
            }
        }
        throw new AssertionError("child ended before it was ready");
    }

    static void awaitAtLeast(Set<String> acked, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acked.size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + acked.size() + " acknowledged within 60 s");
            }
            Thread.sleep(5);
        }
    }

    /** One gateway: an Accounting-Start per fresh session id, noted only when its response verifies. */
    static void send(InetSocketAddress server, AtomicInteger next, Set<String> acked, AtomicBoolean sending) {
        var secret = AccountingChild.SECRET.getBytes(StandardCharsets.UTF_8);
        try (var socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            socket.setSoTimeout(500);
            var buffer = new byte[4096];
            while (sending.get()) {
                var id = "sess-" + next.incrementAndGet();
                var request = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCOUNTING_REQUEST,
                        id.hashCode() & 0xff, List.of(RadiusAttribute.ofInt(ACCT_STATUS_TYPE, START),
                                RadiusAttribute.ofString(ACCT_SESSION_ID, id))), secret);
                var bytes = request.encode();
                socket.send(new DatagramPacket(bytes, bytes.length, server));
                var answer = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(answer);
                } catch (SocketTimeoutException e) {
                    continue;
                }
                var response = RadiusPacket.decode(Arrays.copyOf(buffer, answer.getLength()));
                if (response.code().equals(PacketCode.ACCOUNTING_RESPONSE)
                        && response.identifier() == request.identifier()
                        && Authenticators.verifyResponse(response, request.authenticator(), secret)) {
                    acked.add(id);
                }
            }
        } catch (java.io.IOException e) {
            if (sending.get()) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
