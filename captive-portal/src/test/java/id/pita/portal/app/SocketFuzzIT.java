package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import id.pita.engine.metrics.EngineMetrics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Fuzz over real sockets (issue 17): {@value #DATAGRAMS} random and mutated datagrams (seeded, {@link SocketFuzz})
 * at both RADIUS ports of a running Pita over loopback UDP, one in {@value SocketFuzz#VALID_EVERY} interleaved
 * with a valid request that must be answered. Nothing escapes (no ERROR and no stack trace in the log, the server
 * keeps answering), every datagram is counted: received = sent less the kernel's drops, and Pita's drop counter =
 * received less answered. {@code scripts/soak} sends 1,000,000 ({@code -Dpita.fuzz.datagrams}).
 */
class SocketFuzzIT {
    static final long DATAGRAMS = 50_000;

    @TempDir
    Path dir;

    @Test
    void fuzzedDatagramsAreCountedAndNothingEscapes() throws Exception {
        long datagrams = Long.getLong("pita.fuzz.datagrams", DATAGRAMS);
        var escapes = new CopyOnWriteArrayList<String>();
        var watch = new AppenderBase<ILoggingEvent>() {
            @Override
            protected void append(ILoggingEvent e) {
                if (e.getLevel().isGreaterOrEqual(Level.ERROR) || e.getThrowableProxy() != null) {
                    escapes.add(e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()
                            + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getClassName()));
                }
            }
        };
        var root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        watch.start();
        root.addAppender(watch);
        // The fuzz is 20,000 datagrams/s from one gateway's address: its per-gateway limit (RadiusFloodIT's subject)
        // would drop most of them unread, and the valid ones among them, which this test wants parsed and answered.
        try (var t = new TestPita(dir, Clock.systemUTC(), "", null, "gatewayRate: 0")) {
            var gw = t.gateway(TestPita.OFFICE_GW);
            var site = t.district.site(gw.siteCode()).orElseThrow();
            var fuzz = new SocketFuzz(t.pita.authAddress(), t.pita.accountingAddress(),
                    new SocketFuzz.Gateway("127.0.0.1", gw.secret(), site.code(), site.password()), 20_261_201L);
            var m = t.pita.metrics();
            long inBefore = in(m);
            long outBefore = out(m);
            long dropsBefore = m.radiusDrops().total();
            long kernelBefore = socketDropped(m);

            var o = fuzz.run(datagrams, Integer.getInteger("pita.fuzz.perSecond", 20_000));

            long received = in(m) - inBefore;
            long answered = out(m) - outBefore;
            long dropped = m.radiusDrops().total() - dropsBefore;
            long kernel = socketDropped(m) - kernelBefore;
            System.out.printf("fuzz: %d datagrams + %d valid in %d ms; received %d, kernel drops %d, answered %d "
                            + "(fuzz %d, valid %d of %d), dropped %d: %s%n", o.sent(), o.validSent(), o.took().toMillis(),
                    received, kernel, answered, o.answered(), o.validAnswered(), o.validSent(), dropped,
                    m.radiusDrops());
            assertThat(escapes).as("ERROR or stack trace in the log").isEmpty();
            assertThat(o.validAnswered()).as("valid requests answered").isEqualTo(o.validSent());
            assertThat(received + kernel).as("received by Pita plus dropped by the kernel (pita_radius_socket_dropped)")
                    .isEqualTo(o.totalSent());
            // (An answer can come after the fuzz stopped listening for it: received answers may be fewer.)
            assertThat(o.totalAnswered()).as("answers received").isLessThanOrEqualTo(answered);
            assertThat(dropped).as("Pita's drop counter = datagrams received less answers").isEqualTo(received - answered);
            assertThat(dropped + kernel).as("all drops Pita reports = datagrams sent less answers")
                    .isEqualTo(o.totalSent() - answered);
            assertThat(m.radiusDrops().total()).isPositive();
            assertThat(dropped).as("most fuzz is dropped").isGreaterThan(o.sent() / 2);
            // Still answering afterwards.
            var after = new SocketFuzz(t.pita.authAddress(), t.pita.accountingAddress(),
                    new SocketFuzz.Gateway("127.0.0.1", gw.secret(), site.code(), site.password()), 1L).run(1, 100);
            assertThat(after.validAnswered()).isEqualTo(after.validSent());
        } finally {
            root.detachAppender(watch);
        }
    }

    static long in(EngineMetrics m) {
        return SocketFuzz.sum(text(m), "pita_radius_packets_total", "direction=\"in\"");
    }

    static long out(EngineMetrics m) {
        return SocketFuzz.sum(text(m), "pita_radius_packets_total", "direction=\"out\"");
    }

    static long socketDropped(EngineMetrics m) {
        return SocketFuzz.sum(text(m), "pita_radius_socket_dropped", "");
    }

    private static String text(EngineMetrics m) {
        var sb = new StringBuilder();
        m.writePrometheus(sb);
        return sb.toString();
    }
}
