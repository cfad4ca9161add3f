package id.pita.core.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Turns a Netty {@code LEAK:} report into a test failure instead of a line in the log. Registered for
 * every test of every module through {@code META-INF/services} (this module's test-jar, which the
 * others use) with JUnit's extension autodetection switched on in the root pom. A logback appender on
 * {@code io.netty.util.ResourceLeakDetector} records each LEAK line; after each test, and after each
 * class (once a garbage collection and one fresh buffer have let Netty look for leaks), any recorded
 * report fails the test or class with the report's text. Netty only notices a leak when the leaked
 * buffer is collected and another is allocated, so a report may fail a later test than the leaky one:
 * its access records (paranoid level in tests) name the code that leaked. Uses no Netty class (this
 * module has none): the fresh buffer is allocated reflectively when Netty is on the classpath.
 * Thread-safe.
 */
public final class NettyLeakGuard implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    static final String DETECTOR = "io.netty.util.ResourceLeakDetector";
    private static final String APPENDER = "pita-netty-leak-guard";
    private static final List<String> REPORTS = new ArrayList<>();

    /** Records LEAK lines; anything else the detector logs passes by. */
    static final class LeakAppender extends AppenderBase<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            var message = event.getFormattedMessage();
            if (message != null && message.startsWith("LEAK:")) {
                synchronized (REPORTS) {
                    REPORTS.add(message);
                }
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        check();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        provokeDetection();
        check();
    }

    /** Attaches the appender once per logback context (a test that resets logback gets it back). */
    public static void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        Logger logger = ctx.getLogger(DETECTOR);
        synchronized (REPORTS) {
            if (logger.getAppender(APPENDER) == null) {
                var appender = new LeakAppender();
                appender.setName(APPENDER);
                appender.setContext(ctx);
                appender.start();
                logger.addAppender(appender);
            }
        }
    }

    /** Fails with every LEAK report recorded since the last check, and forgets them. */
    public static void check() {
        List<String> found;
        synchronized (REPORTS) {
            found = List.copyOf(REPORTS);
            REPORTS.clear();
        }
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " Netty buffer leak(s) reported:\n" + String.join("\n\n", found));
        }
    }

    /** Whether the appender is attached (it is once the build's autodetection ran this extension). */
    public static boolean installed() {
        return LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx
                && ctx.getLogger(DETECTOR).getAppender(APPENDER) != null;
    }

    /** LEAK reports recorded and not yet checked. */
    public static int pending() {
        synchronized (REPORTS) {
            return REPORTS.size();
        }
    }

    /**
     * Collects garbage, then allocates and releases one buffer: Netty's detector reports the leaks it
     * has seen collected when the next buffer is tracked. Nothing happens without Netty on the classpath.
     */
    public static void provokeDetection() {
        Class<?> allocator;
        try {
            allocator = Class.forName("io.netty.buffer.ByteBufAllocator");
        } catch (ClassNotFoundException e) {
            return;
        }
        System.gc();
        try {
            Object alloc = allocator.getField("DEFAULT").get(null);
            var buffer = allocator.getMethod("buffer", int.class);
            var release = Class.forName("io.netty.util.ReferenceCounted").getMethod("release");
            // The collected buffers' references reach Netty's queue on the JVM's reference-handler
            // thread, a moment after the collection: a few bounded tries, 20 ms apart.
            for (int i = 0; i < 3 && pending() == 0; i++) {
                release.invoke(buffer.invoke(alloc, 1));
                if (pending() == 0 && i < 2) {
                    Thread.sleep(20);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot allocate a Netty buffer to look for leaks", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
