package id.pita.engine.coa;

import id.pita.core.Check;
import io.netty.util.Timeout;
import io.netty.util.Timer;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paces pushes so that a regime boundary (16:00) does not flood a router: at most
 * {@code pushesPerSecond} a second per gateway, with one second of burst, on a token bucket read
 * from the injected clock and drained by the injected timer. A push for a session that already has
 * one waiting replaces it in its place in the queue; the replaced one completes as
 * {@link PushOutcome.Result#SUPERSEDED}. Pushes already sent are never cancelled. Thread-safe.
 */
public final class PushScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PushScheduler.class);

    private final PushSender sender;
    private final Timer timer;
    private final Clock clock;
    private final int pushesPerSecond;
    private final PushCounters counters = new PushCounters();
    private final Map<InetSocketAddress, GatewayQueue> queues = new HashMap<>();
    private boolean closed;

    public PushScheduler(PushSender sender, Timer timer, Clock clock, int pushesPerSecond) {
        this.sender = Check.notNull("sender", sender);
        this.timer = Check.notNull("timer", timer);
        this.clock = Check.notNull("clock", clock);
        this.pushesPerSecond = Check.inRange("pushesPerSecond", pushesPerSecond, 1, 10_000);
    }

    /** Queues a push; it is sent as soon as the gateway's rate allows. The stage never fails. */
    public CompletionStage<PushOutcome> submit(CoaTarget target, PushRequest request) {
        var queued = new Queued(target, request, new CompletableFuture<>());
        List<Queued> toSend;
        Queued replaced;
        synchronized (this) {
            if (closed) {
                return finish(queued, PushOutcome.error("scheduler closed", 0, Duration.ZERO));
            }
            var queue = queues.computeIfAbsent(target.socketAddress(), a -> new GatewayQueue(clock, pushesPerSecond));
            replaced = queue.waiting.put(request.session().key(), queued);
            toSend = drain(queue);
        }
        if (replaced != null) {
            LOG.debug("Push to {} for session {} superseded by a newer one", target, request.session().key());
            finish(replaced, PushOutcome.superseded());
        }
        toSend.forEach(this::dispatch);
        return queued.future;
    }

    public PushCounters counters() {
        return counters;
    }

    /** Pushes waiting for their gateway's rate, over all gateways. */
    public synchronized int queued() {
        return queues.values().stream().mapToInt(q -> q.waiting.size()).sum();
    }

    /** Completes every waiting push as ERROR and stops draining; pushes already sent finish on their own. */
    @Override
    public void close() {
        var dropped = new ArrayList<Queued>();
        synchronized (this) {
            closed = true;
            for (var queue : queues.values()) {
                dropped.addAll(queue.waiting.values());
                queue.waiting.clear();
                if (queue.drainTimeout != null) {
                    queue.drainTimeout.cancel();
                }
            }
        }
        dropped.forEach(q -> finish(q, PushOutcome.error("scheduler closed", 0, Duration.ZERO)));
    }

    /** Takes what the bucket allows now and arms the timer for the rest. Caller holds the lock. */
    private List<Queued> drain(GatewayQueue queue) {
        var out = new ArrayList<Queued>();
        var it = queue.waiting.values().iterator();
        while (it.hasNext() && queue.bucket.tryTake()) {
            out.add(it.next());
            it.remove();
        }
        if (!queue.waiting.isEmpty() && queue.drainTimeout == null) {
            long nanos = queue.bucket.untilNextToken().toNanos();
            queue.drainTimeout = timer.newTimeout(t -> onDrainTimer(queue), nanos, TimeUnit.NANOSECONDS);
        }
        return out;
    }

    private void onDrainTimer(GatewayQueue queue) {
        List<Queued> toSend;
        synchronized (this) {
            queue.drainTimeout = null;
            if (closed) {
                return;
            }
            toSend = drain(queue);
        }
        toSend.forEach(this::dispatch);
    }

    private void dispatch(Queued queued) {
        counters.recordSent();
        CompletionStage<PushOutcome> stage;
        try {
            stage = sender.send(queued.target, queued.request);
        } catch (RuntimeException e) {
            LOG.warn("Push to {} could not be sent: {}", queued.target, e.getMessage());
            finish(queued, PushOutcome.error("not sent: " + e.getMessage(), 0, Duration.ZERO));
            return;
        }
        stage.whenComplete((outcome, failure) -> finish(queued, outcome != null ? outcome
                : PushOutcome.error("sender failed: " + failure, 0, Duration.ZERO)));
    }

    private CompletionStage<PushOutcome> finish(Queued queued, PushOutcome outcome) {
        counters.record(outcome);
        queued.future.complete(outcome);
        return queued.future;
    }

    private record Queued(CoaTarget target, PushRequest request, CompletableFuture<PushOutcome> future) {
    }

    /** One gateway's bucket and waiting pushes, keyed by session in arrival order. Guarded by the scheduler. */
    private static final class GatewayQueue {
        final TokenBucket bucket;
        final LinkedHashMap<String, Queued> waiting = new LinkedHashMap<>();
        Timeout drainTimeout;

        GatewayQueue(Clock clock, int rate) {
            bucket = new TokenBucket(clock, rate);
        }
    }
}
