package id.pita.engine.coa;

import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.TimerTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A Netty timer that only fires when the test advances it, with the clock it moves: each task runs
 * with the clock set to its own deadline, in deadline order. Thread-safe enough for single-thread tests.
 */
final class ManualTimer implements Timer {
    private final List<Task> tasks = new ArrayList<>();
    private long nextSeq;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T08:00:00Z"));

    Clock clock() {
        return clock;
    }

    /** Moves time forward by {@code step}, firing every task due on the way. */
    synchronized void advance(Duration step) {
        var end = clock.now.plus(step);
        while (true) {
            var due = tasks.stream().filter(t -> !t.cancelled && !t.deadline.isAfter(end))
                    .min(Comparator.comparing((Task t) -> t.deadline).thenComparing(t -> t.seq));
            if (due.isEmpty()) {
                break;
            }
            var task = due.get();
            tasks.remove(task);
            clock.now = task.deadline;
            task.expired = true;
            try {
                task.task.run(task);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        clock.now = end;
    }

    /** Tasks armed and not yet fired or cancelled. */
    synchronized int pending() {
        return (int) tasks.stream().filter(t -> !t.cancelled).count();
    }

    @Override
    public synchronized Timeout newTimeout(TimerTask task, long delay, TimeUnit unit) {
        var t = new Task(task, clock.now.plusNanos(unit.toNanos(delay)), nextSeq++);
        tasks.add(t);
        return t;
    }

    @Override
    public synchronized Set<Timeout> stop() {
        var left = new HashSet<Timeout>(tasks);
        tasks.clear();
        return left;
    }

    private final class Task implements Timeout {
        final TimerTask task;
        final Instant deadline;
        final long seq;
        volatile boolean cancelled;
        volatile boolean expired;

        Task(TimerTask task, Instant deadline, long seq) {
            this.task = task;
            this.deadline = deadline;
            this.seq = seq;
        }

        @Override
        public Timer timer() {
            return ManualTimer.this;
        }

        @Override
        public TimerTask task() {
            return task;
        }

        @Override
        public boolean isExpired() {
            return expired;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean cancel() {
            boolean was = !cancelled && !expired;
            cancelled = true;
            return was;
        }
    }

    private static final class ManualClock extends Clock {
        volatile Instant now;

        ManualClock(Instant start) {
            now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Makassar");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
