package id.pita.portal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A stuck console cannot stop the thread that logs: the queue fills, then events are dropped and counted. */
class BoundedAsyncAppenderTest {
    final LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
    final CountDownLatch release = new CountDownLatch(1);
    /** Counted down when the writer holds its first event (inside the stuck console). */
    final CountDownLatch entered = new CountDownLatch(1);
    final List<ILoggingEvent> written = new CopyOnWriteArrayList<>();
    /** A console that hangs until released, like a full pipe to a stopped reader. */
    final AppenderBase<ILoggingEvent> stuck = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent e) {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            written.add(e);
        }
    };

    BoundedAsyncAppender appender(int queueSize) {
        stuck.setContext(context);
        stuck.start();
        var a = new BoundedAsyncAppender();
        a.setContext(context);
        a.setName("test");
        a.setQueueSize(queueSize);
        a.addAppender(stuck);
        a.start();
        return a;
    }

    LoggingEvent event(Level level, String message) {
        return new LoggingEvent("test", context.getLogger("t"), level, message, null, null);
    }

    @Test
    void aStuckConsoleDropsAndCountsEvenErrorsInsteadOfBlocking() throws Exception {
        var a = appender(10);
        long before = BoundedAsyncAppender.droppedTotal();
        var logging = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                a.doAppend(event(Level.ERROR, "error " + i));
            }
        });
        logging.start();
        logging.join(TimeUnit.SECONDS.toMillis(20));

        assertThat(logging.isAlive()).as("the logging thread is blocked").isFalse();
        // At most the queue (10) and the one event the writer holds got through.
        assertThat(BoundedAsyncAppender.droppedTotal() - before).isBetween(1000L - 11, 1000L);
        release.countDown();
        a.stop();
        assertThat(context.getStatusManager().getCopyOfStatusList()).as("logback errors")
                .noneMatch(s -> s.getLevel() == ch.qos.logback.core.status.Status.ERROR
                        && s.getOrigin() == a);
        assertThat(written).hasSizeBetween(1, 11);
        assertThat(written.get(0).getFormattedMessage()).isEqualTo("error 0");
    }

    @Test
    void whenNearlyFullInfoGoesFirstAndWarningsStillFit() throws Exception {
        var a = appender(10); // threshold: 2 free slots
        long before = BoundedAsyncAppender.droppedTotal();
        a.doAppend(event(Level.INFO, "taken by the writer"));
        // Wait until the writer holds it: had it taken it only after "info 7" was dropped and before the next
        // event, a slot would have freed and "dropped: nearly full" been queued (a race on a loaded machine).
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the writer took the first event").isTrue();
        for (int i = 0; i < 8; i++) {
            a.doAppend(event(Level.INFO, "info " + i));
        }
        long afterInfo = BoundedAsyncAppender.droppedTotal();
        a.doAppend(event(Level.INFO, "dropped: nearly full"));
        a.doAppend(event(Level.WARN, "kept"));

        release.countDown();
        a.stop();
        assertThat(BoundedAsyncAppender.droppedTotal() - afterInfo).isEqualTo(1);
        assertThat(afterInfo - before).isZero();
        assertThat(written).extracting(ILoggingEvent::getFormattedMessage).contains("kept")
                .doesNotContain("dropped: nearly full");
    }
}
