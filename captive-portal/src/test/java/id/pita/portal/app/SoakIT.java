package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak in {@code mvn verify} (issue 17): one minute of the real {@code pita.jar} (built by {@code package}) under
 * 2,000 live sessions over 20 simulated gateways with an Interim-Update every 60 s, 100 complete log-ins a second
 * ({@code scripts/bench/LoginLoad.java}) and 20,000 fuzzed datagrams; lower rates than {@code scripts/soak} (10,000
 * sessions over 100 gateways, 1,000 log-ins a second, 1,000,000 datagrams, 10 minutes), since the suite shares two
 * cores. Every {@code -Dpita.soak.*} property overrides one figure (see {@link #options}); {@code scripts/soak} runs
 * this test with its own.
 */
class SoakIT {
    @TempDir
    Path dir;

    static Soak.Options options(Path dir) {
        var root = Path.of(System.getProperty("pita.root", "..")).toAbsolutePath().normalize();
        return new Soak.Options(Duration.ofMinutes(Long.getLong("pita.soak.minutes", 1)),
                Integer.getInteger("pita.soak.gateways", 20), Integer.getInteger("pita.soak.sessionsPerGateway", 100),
                Duration.ofSeconds(Long.getLong("pita.soak.interimSeconds", 60)),
                Integer.getInteger("pita.soak.loginRate", 100), Integer.getInteger("pita.soak.loginConcurrency", 16),
                Long.getLong("pita.soak.fuzzDatagrams", 20_000), dir,
                root.resolve("captive-portal/target/pita.jar"), root.resolve("scripts/bench/LoginLoad.java"),
                System.getProperty("pita.soak.heap", "512m"));
    }

    @Test
    void sessionsLogInsAndFuzzTogetherLoseNothingAndMemoryStaysFlat() throws Exception {
        var o = options(dir);
        var r = Soak.run(o);
        var report = Soak.report(r);
        System.out.println(report);
        var out = System.getProperty("pita.soak.report");
        if (out != null) {
            Files.writeString(Path.of(out), report);
        }

        assertThat(r.logErrors()).as("ERROR lines or stack traces in Pita's log").isEmpty();
        assertThat(r.acctLost()).as("accounting records never acknowledged").isZero();
        assertThat(r.acctAcked()).as("every session started, then its interims").isGreaterThan(o.sessions());
        // What the issue asks: every acknowledged record is in the file, matched record by record (session and
        // interim number). The gateways drain what is in flight after the stop, so every record Pita stored is
        // acknowledged or counted lost; a stored record not acknowledged can only be a lost one that Pita stored
        // after the gateway gave up on it. (A rehearsal on 2026-12-01 stored 2,232 for 2,231 acknowledged: the
        // gateways then stopped with one record in flight, stored and answered after they had stopped counting.)
        assertThat(r.acctAckedNotStored()).as("acknowledged records missing from the SQLite file").isZero();
        assertThat(r.acctLeftInFlight()).as("records still unanswered after the drain").isZero();
        assertThat(r.acctStored()).as("soak records in the SQLite file").isBetween(r.acctAcked(),
                r.acctAcked() + r.acctLost());
        assertThat(r.login("failed")).as("log-ins refused or failed").isEqualTo("none");
        assertThat(r.login("accepted")).as("log-ins accepted of those started").isEqualTo(r.login("total"));
        assertThat(Long.parseLong(r.login("accepted"))).isPositive();
        assertThat(r.fuzz().validAnswered()).as("valid requests among the fuzz").isEqualTo(r.fuzz().validSent());
        // Every datagram counted by Pita: received = sent less what the kernel dropped (pita_radius_socket_dropped);
        // dropped = received less answered; so all drops it reports = sent less answered. (Answers received can be
        // fewer than answers sent: an answer that comes after a client gave up on it and closed its socket.)
        assertThat(r.radiusIn() + r.kernelDrops()).as("received by Pita plus kernel drops")
                .isEqualTo(r.sentToRadius());
        assertThat(r.radiusDropped()).as("drops counted = received less answered")
                .isEqualTo(r.radiusIn() - r.radiusOut());
        assertThat(r.radiusDropped() + r.kernelDrops()).as("all drops Pita reports = sent less answered")
                .isEqualTo(r.sentToRadius() - r.radiusOut());
        assertThat(r.answersReceived()).isLessThanOrEqualTo(r.radiusOut());
        assertThat(r.coaTotal()).as("CoA requests reached the gateways").isPositive();
        assertThat(r.minutes()).isNotEmpty();
        // Flat memory (a run of 3 minutes or more): heap after a full GC from the third minute on within 10 % (and
        // 4 MB) of the second minute's, once the sessions are all up.
        if (r.minutes().size() >= 3) {
            long base = r.minutes().get(1).heapAfterGcKb();
            for (var m : r.minutes().subList(2, r.minutes().size())) {
                assertThat(m.heapAfterGcKb()).as("heap after GC in minute " + m.minute() + " against " + base + " KB")
                        .isLessThanOrEqualTo(Math.max((long) (base * 1.10), base + 4096));
            }
        }
    }
}
