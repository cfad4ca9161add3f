package id.pita.portal.app;

import io.vertx.core.Vertx;
import java.time.Duration;

/**
 * Runs a task again and again, every {@code period}, until the returned handle is closed: Vert.x's timer in
 * production ({@link #on(Vertx)}); a test passes its own and runs the tasks when it wants them to have run.
 */
@FunctionalInterface
public interface Schedule {
    AutoCloseable every(Duration period, Runnable task);

    /** A Vert.x periodic timer; the task runs on a worker thread (it may read files). */
    static Schedule on(Vertx vertx) {
        return (period, task) -> {
            long id = vertx.setPeriodic(Math.max(1, period.toMillis()), t -> vertx.executeBlocking(() -> {
                task.run();
                return null;
            }, false));
            return () -> vertx.cancelTimer(id);
        };
    }
}
