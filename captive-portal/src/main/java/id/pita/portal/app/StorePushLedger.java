package id.pita.portal.app;

import id.pita.core.district.Bandwidth;
import id.pita.core.store.Store;
import id.pita.engine.coa.PushOutcome;
import id.pita.engine.control.Push;
import id.pita.engine.control.PushLedger;
import id.pita.engine.control.PushResult;
import id.pita.engine.metrics.CounterFamily;
import id.pita.engine.metrics.EngineMetrics;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every push and its result into {@code push_result}, and an ACKed rate into the session's last pushed rate,
 * counted in {@code pita_coa_pushes_total{kind,result}}. The ledger is called on the thread that completed the
 * push (a Netty thread), so the writes go to one writer thread of their own instead. Thread-safe.
 */
final class StorePushLedger implements PushLedger, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StorePushLedger.class);

    private final Store store;
    private final CounterFamily pushes;
    private final Map<Push, PushOutcome> outcomes = Collections.synchronizedMap(new IdentityHashMap<>());
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "push-ledger");
        t.setDaemon(true);
        return t;
    });

    StorePushLedger(Store store, EngineMetrics metrics) {
        this.store = store;
        this.pushes = metrics.counter("pita_coa_pushes_total",
                "CoA and Disconnect pushes by kind and result (ack, nak, timeout, error).", "kind", "result");
    }

    /** The CoA client's own outcome (attempts, Error-Cause), which the control loop's result does not carry. */
    void remember(Push push, PushOutcome outcome) {
        outcomes.put(push, outcome);
    }

    @Override
    public void record(Push push, PushResult result) {
        var outcome = outcomes.remove(push);
        var kind = push instanceof Push.RateChange ? id.pita.core.store.PushResult.Kind.COA
                : id.pita.core.store.PushResult.Kind.DISCONNECT;
        pushes.inc(kind.name().toLowerCase(java.util.Locale.ROOT), result.outcome().name().toLowerCase(
                java.util.Locale.ROOT));
        var rate = push instanceof Push.RateChange change ? change.rate() : Bandwidth.ZERO;
        var row = new id.pita.core.store.PushResult(push.gatewayId(), push.sessionKey(), kind, rate,
                id.pita.core.store.PushResult.Outcome.valueOf(result.outcome().name()),
                outcome == null ? result.errorCause() : outcome.errorCause().orElse(0),
                outcome == null ? 0 : outcome.attempts(), result.at(), push.pushReason().label(), result.fallback());
        try {
            writer.execute(() -> write(row, result.acked() && push instanceof Push.RateChange));
        } catch (RejectedExecutionException e) {
            LOG.warn("Push result for {} not recorded: Pita is stopping", push.sessionKey());
        }
    }

    private void write(id.pita.core.store.PushResult row, boolean ackedRate) {
        try {
            store.pushes().record(row);
            if (ackedRate) {
                store.sessions().updatePushed(row.sessionKey(), row.rate());
            }
        } catch (RuntimeException e) {
            LOG.warn("Push result for {} not recorded: {}", row.sessionKey(), e.toString());
        }
    }

    /** Writes what is queued (up to 5 s), then stops. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
