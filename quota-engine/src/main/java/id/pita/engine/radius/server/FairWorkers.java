package id.pita.engine.radius.server;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RADIUS workers with one FIFO queue per gateway, served round-robin: a worker takes the oldest request of the
 * gateway whose turn it is, then that gateway goes to the back of the turn. A gateway that queues a thousand
 * requests at once (its whole burst) therefore delays another gateway's request by at most one request per worker,
 * where one shared FIFO made it wait behind all thousand. Bounded: at most {@code capacity} requests queued in all
 * and {@code perGateway} for one gateway, so that one gateway cannot fill the queue; beyond either,
 * {@link #execute} throws {@link RejectedExecutionException} (the dispatcher drops and counts the request as
 * overload; the gateway retransmits). Thread-safe.
 */
final class FairWorkers implements KeyedExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FairWorkers.class);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private final Map<String, ArrayDeque<Runnable>> queues = new HashMap<>();
    private final ArrayDeque<String> turn = new ArrayDeque<>();
    private final int capacity;
    private final int perGateway;
    private final Thread[] threads;
    private int queued;
    private boolean shutdown;
    private boolean started;

    /** The threads start with the first request (a server built and never used leaves none behind). */
    FairWorkers(int threadCount, int capacity, int perGateway) {
        this.capacity = capacity;
        this.perGateway = Math.min(capacity, perGateway);
        this.threads = new Thread[threadCount];
        for (int i = 0; i < threadCount; i++) {
            threads[i] = new Thread(this::work, "radius-worker-" + (i + 1));
            threads[i].setDaemon(true);
        }
    }

    @Override
    public void execute(String gateway, Runnable task) {
        lock.lock();
        try {
            if (shutdown) {
                throw new RejectedExecutionException("workers stopped");
            }
            if (queued >= capacity) {
                throw new RejectedExecutionException("worker queue full (" + capacity + ")");
            }
            var queue = queues.get(gateway);
            if (queue == null) {
                queue = new ArrayDeque<>();
                queues.put(gateway, queue);
                turn.addLast(gateway);
            } else if (queue.size() >= perGateway) {
                throw new RejectedExecutionException("gateway's share of the worker queue full (" + perGateway + ")");
            }
            queue.addLast(task);
            queued++;
            if (!started) {
                started = true;
                for (var t : threads) {
                    t.start();
                }
            }
            ready.signal();
        } finally {
            lock.unlock();
        }
    }

    private void work() {
        while (true) {
            Runnable task;
            lock.lock();
            try {
                while (turn.isEmpty()) {
                    if (shutdown) {
                        return;
                    }
                    ready.await();
                }
                var gateway = turn.pollFirst();
                var queue = queues.get(gateway);
                task = queue.pollFirst();
                queued--;
                if (queue.isEmpty()) {
                    queues.remove(gateway);
                } else {
                    turn.addLast(gateway);
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("RADIUS worker task failed", e);
            }
        }
    }

    /** Requests waiting for a worker (all gateways). */
    int queued() {
        lock.lock();
        try {
            return queued;
        } finally {
            lock.unlock();
        }
    }

    /** Takes no more requests; those queued are still run. */
    void shutdown() {
        lock.lock();
        try {
            shutdown = true;
            ready.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until every worker has finished or the timeout passed; true when all have. */
    boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        lock.lock();
        try {
            if (!started) {
                return true;
            }
        } finally {
            lock.unlock();
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (var t : threads) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.timedJoin(t, left);
            }
        }
        for (var t : threads) {
            if (t.isAlive()) {
                return false;
            }
        }
        return true;
    }

    /** Drops what is queued and interrupts the workers. */
    void shutdownNow() {
        lock.lock();
        try {
            shutdown = true;
            queues.clear();
            turn.clear();
            queued = 0;
            ready.signalAll();
        } finally {
            lock.unlock();
        }
        for (var t : threads) {
            t.interrupt();
        }
    }
}
