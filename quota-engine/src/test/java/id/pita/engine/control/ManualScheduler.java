package id.pita.engine.control;

import id.pita.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler that runs nothing by itself: tasks wait, due at clock time, until the test calls
 * {@link #runUntil}, which moves the {@link MutableClock} to each task's due time and runs it.
 * Single-threaded and deterministic (ties run in submission order).
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final MutableClock clock;
    private final List<Task<?>> queue = new ArrayList<>();
    private long sequence;
    private boolean shutdown;

    ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    /** Tasks not yet run or cancelled, soonest first. */
    List<Task<?>> pending() {
        queue.removeIf(Task::isCancelled);
        var copy = new ArrayList<>(queue);
        copy.sort(Comparator.comparing((Task<?> t) -> t.due).thenComparingLong(t -> t.seq));
        return copy;
    }

    /** Runs every task due up to {@code until}, in due order, moving the clock to each; then to {@code until}. */
    void runUntil(Instant until) {
        while (true) {
            var next = pending().stream().filter(t -> !t.due.isAfter(until)).findFirst();
            if (next.isEmpty()) {
                break;
            }
            queue.remove(next.get());
            if (next.get().due.isAfter(clock.instant())) {
                clock.set(next.get().due);
            }
            next.get().run();
        }
        if (until.isAfter(clock.instant())) {
            clock.set(until);
        }
    }

    private <V> Task<V> add(Callable<V> callable, long delay, TimeUnit unit) {
        var task = new Task<>(callable, clock.instant().plus(Duration.ofNanos(unit.toNanos(delay))), sequence++);
        queue.add(task);
        return task;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(() -> {
            command.run();
            return null;
        }, delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return add(callable, delay, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("the control loop schedules one run at a time");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("the control loop schedules one run at a time");
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
        final Instant due;
        final long seq;

        Task(Callable<V> callable, Instant due, long seq) {
            super(callable);
            this.due = due;
            this.seq = seq;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), due).toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), o.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
