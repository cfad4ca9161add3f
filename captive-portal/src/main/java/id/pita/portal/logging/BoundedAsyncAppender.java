package id.pita.portal.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An asynchronous appender that never blocks the thread that logs: events go into a bounded queue that one
 * daemon thread hands to the attached appenders. When the queue is nearly full ({@code discardingThreshold}
 * free slots left) INFO and below are dropped; when it is full, every event is dropped, ERROR included: an
 * event loop must never wait for a slow console. Each dropped event is counted ({@link #droppedTotal()},
 * exposed as {@code pita_log_events_dropped_total}). Unlike logback's own AsyncAppender with
 * {@code neverBlock}, the drops are counted. Configured in {@code logback.xml}; thread-safe.
 */
public final class BoundedAsyncAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
        implements AppenderAttachable<ILoggingEvent> {
    private static final AtomicLong DROPPED = new AtomicLong();

    private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();
    private int queueSize = 8192;
    private int discardingThreshold = -1;
    private int maxFlushTimeMillis = 1000;
    private BlockingQueue<ILoggingEvent> queue;
    private Thread worker;
    private volatile boolean running;

    /** Events dropped by every instance since the JVM started. */
    public static long droppedTotal() {
        return DROPPED.get();
    }

    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    /** Free slots below which INFO and lower are dropped; default a fifth of the queue. */
    public void setDiscardingThreshold(int discardingThreshold) {
        this.discardingThreshold = discardingThreshold;
    }

    /** How long {@link #stop()} waits for the queue to drain. */
    public void setMaxFlushTime(int millis) {
        this.maxFlushTimeMillis = millis;
    }

    @Override
    public void start() {
        if (isStarted()) {
            return;
        }
        if (queueSize < 1) {
            addError("queueSize must be at least 1 (was " + queueSize + ")");
            return;
        }
        if (discardingThreshold < 0) {
            discardingThreshold = queueSize / 5;
        }
        queue = new ArrayBlockingQueue<>(queueSize);
        running = true;
        worker = new Thread(this::drain, "log-writer-" + getName());
        worker.setDaemon(true);
        worker.start();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (queue.remainingCapacity() <= discardingThreshold && event.getLevel().toInt() <= Level.INFO_INT) {
            DROPPED.incrementAndGet();
            return;
        }
        // Format the message and capture MDC now: the writer thread sees the event later.
        event.prepareForDeferredProcessing();
        if (!queue.offer(event)) {
            DROPPED.incrementAndGet();
        }
    }

    private void drain() {
        while (running || !queue.isEmpty()) {
            try {
                var event = queue.poll(100, TimeUnit.MILLISECONDS);
                if (event != null) {
                    appenders.appendLoopOnAppenders(event);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                addError("a log appender failed", e);
            }
        }
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        running = false;
        try {
            worker.join(maxFlushTimeMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            addWarn("log queue not drained within " + maxFlushTimeMillis + " ms; " + queue.size() + " events lost");
        }
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public void addAppender(Appender<ILoggingEvent> appender) {
        appenders.addAppender(appender);
    }

    @Override
    public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
        return appenders.iteratorForAppenders();
    }

    @Override
    public Appender<ILoggingEvent> getAppender(String name) {
        return appenders.getAppender(name);
    }

    @Override
    public boolean isAttached(Appender<ILoggingEvent> appender) {
        return appenders.isAttached(appender);
    }

    @Override
    public void detachAndStopAllAppenders() {
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public boolean detachAppender(Appender<ILoggingEvent> appender) {
        return appenders.detachAppender(appender);
    }

    @Override
    public boolean detachAppender(String name) {
        return appenders.detachAppender(name);
    }
}
