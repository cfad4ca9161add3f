package id.pita.portal.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A one-thread scheduler whose delays are in simulated time: with a clock running {@code speed} times as
 * fast, a delay of 30 simulated seconds waits 30/speed real seconds, so the control loop's period and its
 * regime boundaries keep step with the fast clock. At speed 1 it is a plain scheduler. Thread-safe.
 */
final class FastScheduler extends ScheduledThreadPoolExecutor {
    private final double speed;

    FastScheduler(String name, double speed) {
        super(1, r -> {
            var t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        this.speed = speed;
        setRemoveOnCancelPolicy(true);
    }

    private long real(long delay, TimeUnit unit) {
        return (long) (unit.toNanos(delay) / speed);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return super.schedule(command, real(delay, unit), TimeUnit.NANOSECONDS);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return super.schedule(callable, real(delay, unit), TimeUnit.NANOSECONDS);
    }
}
