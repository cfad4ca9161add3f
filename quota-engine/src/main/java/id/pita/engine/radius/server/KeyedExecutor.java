package id.pita.engine.radius.server;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/** Runs tasks on behalf of a key (a gateway's id), so that an executor can be fair between keys. */
@FunctionalInterface
interface KeyedExecutor {
    /** @throws RejectedExecutionException when the task cannot be queued (full, or stopped) */
    void execute(String key, Runnable task);

    /** Ignores the key: for tests that run tasks inline. */
    static KeyedExecutor of(Executor executor) {
        return (key, task) -> executor.execute(task);
    }
}
