package id.pita.portal.app;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What has been started, to be stopped in reverse order: the composition root starts the parts from the
 * store up to the web server, so reverse order is exactly the graceful order (stop accepting HTTP, drain
 * RADIUS, stop the control loop and CoA, drain accounting, close the store). A step that fails is logged
 * and the next one still runs. Not thread-safe: the owner calls it from one thread.
 */
final class Lifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    /** One named stop action. */
    @FunctionalInterface
    interface Step {
        void stop() throws Exception;
    }

    private record Named(String name, Step step) {
    }

    private final Deque<Named> started = new ArrayDeque<>();

    /** Registers {@code value}'s stop action and returns {@code value}. */
    <T> T started(String name, T value, Step stop) {
        started.push(new Named(name, stop));
        return value;
    }

    void stopAll() {
        while (!started.isEmpty()) {
            var next = started.pop();
            long t0 = System.nanoTime();
            try {
                next.step().stop();
                LOG.debug("Stopped {} in {} ms", next.name(), (System.nanoTime() - t0) / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warn("Interrupted while stopping {}", next.name());
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", next.name(), e.toString());
            }
        }
    }
}
