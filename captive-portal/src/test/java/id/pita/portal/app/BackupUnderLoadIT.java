package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.store.Backups;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.portal.cli.PitaCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup under accounting load through the real RADIUS server: two gateways send Accounting-Start records
 * (the engine's codec as the client, one outstanding request each) while {@code pita backup} copies the live
 * database; Pita is stopped, {@code pita restore} puts the backup in place, {@code PRAGMA integrity_check} says
 * ok, and every record acknowledged before the backup began is in the restored database.
 */
class BackupUnderLoadIT {
    static final int ACCT_STATUS_TYPE = 40;
    static final int ACCT_SESSION_ID = 44;
    static final int USER_NAME = 1;
    static final int START = 1;

    @TempDir
    Path dir;

    /** Session id to the nano time its Accounting-Response arrived. */
    final Map<String, Long> acked = new ConcurrentHashMap<>();
    final AtomicBoolean sending = new AtomicBoolean(true);
    final AtomicLong failures = new AtomicLong();

    @Test
    void everyRecordAcknowledgedBeforeTheBackupBeganIsRestored() throws Exception {
        var config = dir.resolve("pita.yaml");
        Path data;
        Path backup = dir.resolve("backups/under-load.db");
        long backupStarted;
        long backupEnded;
        Map<String, Long> before;
        try (var running = new TestPita(dir)) {
            data = running.pita.config().dataFile();
            Files.writeString(config, "dataFile: " + data + "\n");
            var server = running.pita.accountingAddress();
            var threads = new ArrayList<Thread>();
            for (var gw : List.of(TestPita.OFFICE_GW, TestPita.MIKROTIK_GW)) {
                var g = running.gateway(gw);
                var t = new Thread(() -> send(server, g.address(), g.secret().getBytes(StandardCharsets.UTF_8), gw),
                        "acct-" + gw);
                t.start();
                threads.add(t);
            }
            awaitAcked(400, 60);
            long ackedAtStart = acked.size();
            backupStarted = System.nanoTime();
            before = Map.copyOf(acked);
            var r = run("backup", "--config", config.toString(), backup.toString());
            backupEnded = System.nanoTime();
            assertThat(r.code()).as(r.err()).isZero();
            // The load goes on after the backup began: accounting was not stopped for it.
            awaitAcked(ackedAtStart + 200, 60);
            sending.set(false);
            for (var t : threads) {
                t.join(10_000);
            }
            var restoreWhileRunning = run("restore", "--config", config.toString(), backup.toString());
            assertThat(restoreWhileRunning.code()).isEqualTo(3);
        }
        long during = acked.values().stream().filter(t -> t >= backupStarted && t <= backupEnded).count();
        System.out.printf("backup under load: %d acknowledged before it began, %d while it ran (%.0f ms), %d in all, "
                + "%d client timeouts%n", before.size(), during, (backupEnded - backupStarted) / 1e6, acked.size(),
                failures.get());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");

        var restored = run("restore", "--config", config.toString(), backup.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(Backups.integrityProblems(data)).isEmpty();
        var inDb = new HashSet<String>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + data); var s = c.createStatement();
             var rs = s.executeQuery("SELECT acct_session_id FROM accounting WHERE acct_session_id LIKE 'bl-%'")) {
            while (rs.next()) {
                inDb.add(rs.getString(1));
            }
        }
        assertThat(inDb).containsAll(before.keySet());
        assertThat(acked.keySet()).containsAll(inDb); // nothing invented
        assertThat(inDb.size()).isLessThan(acked.size()); // the backup is a snapshot, not the end state
    }

    void awaitAcked(long n, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (acked.size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + acked.size() + " records acknowledged, wanted " + n);
            }
            Thread.sleep(10);
        }
    }

    static Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = PitaCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Result(int code, String out, String err) {
    }

    /** One gateway: Accounting-Start after Accounting-Start, each retransmitted until acknowledged. */
    void send(InetSocketAddress server, String source, byte[] secret, String gw) {
        try (var socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(source), 0))) {
            socket.setSoTimeout(1_000);
            var buffer = new byte[4096];
            long n = 0;
            while (sending.get()) {
                var id = "bl-" + gw + "-" + (n++);
                var request = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCOUNTING_REQUEST,
                        (int) (n & 0xff), List.of(RadiusAttribute.ofInt(ACCT_STATUS_TYPE, START),
                                RadiusAttribute.ofString(ACCT_SESSION_ID, id),
                                RadiusAttribute.ofString(USER_NAME, "user-" + n))), secret);
                var bytes = request.encode();
                for (int attempt = 0; attempt < 20 && sending.get(); attempt++) {
                    socket.send(new DatagramPacket(bytes, bytes.length, server));
                    var answer = new DatagramPacket(buffer, buffer.length);
                    try {
                        socket.receive(answer);
                    } catch (SocketTimeoutException e) {
                        failures.incrementAndGet();
                        continue;
                    }
                    var response = RadiusPacket.decode(Arrays.copyOf(buffer, answer.getLength()));
                    if (response.code().equals(PacketCode.ACCOUNTING_RESPONSE)
                            && response.identifier() == request.identifier()
                            && Authenticators.verifyResponse(response, request.authenticator(), secret)) {
                        acked.put(id, System.nanoTime());
                        break;
                    }
                }
            }
        } catch (java.io.IOException e) {
            if (sending.get()) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
