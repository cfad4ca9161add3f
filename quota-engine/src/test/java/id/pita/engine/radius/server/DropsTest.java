package id.pita.engine.radius.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.pita.core.testing.MutableClock;
import id.pita.engine.metrics.EngineMetrics;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Every drop counted; the log bounded across all reasons together, the rest summed by reason. */
class DropsTest {
    final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00.100Z"));
    final EngineMetrics metrics = new EngineMetrics();
    final Drops drops = new Drops(metrics, clock);
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final Logger logger = (Logger) LoggerFactory.getLogger(Drops.class);
    final InetSocketAddress sender = new InetSocketAddress("192.0.2.7", 3799);

    DropsTest() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(log);
    }

    @Test
    void aFloodOverEveryReasonLogsAtMostTheBudgetAndOneSummaryASecond() {
        var reasons = Drop.values();
        for (int s = 0; s < 3; s++) {
            for (int i = 0; i < 1000; i++) {
                drops.drop(reasons[i % reasons.length], sender, "detail " + i);
            }
            clock.advance(Duration.ofSeconds(1));
        }
        drops.drop(Drop.MALFORMED, sender, "after the flood");

        assertThat(metrics.radiusDrops().total()).isEqualTo(3001);
        var lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        // three seconds of the budget, a summary at each of the three next seconds, and the last drop
        assertThat(lines).hasSize(3 * Drops.MAX_LOGS_PER_SECOND + 3 + 1);
        var summaries = lines.stream().filter(l -> l.startsWith("Dropped 980 more RADIUS packets")).toList();
        assertThat(summaries).hasSize(3).allSatisfy(l -> assertThat(l).contains("malformed ").contains("oversized ")
                .contains("internal-error "));
        // each summary's counts by reason add up to what it says it summed
        for (var l : summaries) {
            long sum = 0;
            for (var part : l.substring(l.indexOf("): ") + 3).split(", ")) {
                sum += Long.parseLong(part.substring(part.lastIndexOf(' ') + 1));
            }
            assertThat(sum).as(l).isEqualTo(980);
        }
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Dropped RADIUS packet from " + sender
                + ": malformed: after the flood");
    }

    @Test
    void aFewDropsAreEachLoggedWithNoSummary() {
        drops.drop(Drop.BAD_AUTHENTICATOR, sender, "wrong secret");
        clock.advance(Duration.ofSeconds(5));
        drops.drop(Drop.UNKNOWN_SOURCE, null, "not a gateway");
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Dropped RADIUS packet from " + sender + ": bad-authenticator: wrong secret",
                "Dropped RADIUS packet from an unknown sender: unknown-source: not a gateway");
    }
}
