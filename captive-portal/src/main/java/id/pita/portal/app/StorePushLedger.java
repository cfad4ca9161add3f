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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every push and its result into {@code push_result}, and an ACKed rate into the session's last pushed rate,
 * counted in {@code pita_coa_pushes_total{kind,result}}. The ledger is called on the thread that completed the
 * push (a Netty thread), so the writes go to one writer thread of their own instead, which writes whatever results
 * are waiting (up to {@value #BATCH}) in one transaction: a regime switch completes a push per live session
 * within seconds. Thread-safe.
 */
final class StorePushLedger implements PushLedger, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StorePushLedger.class);

    private final Store store;
    private final CounterFamily pushes;
    private final Map<Push, PushOutcome> outcomes = Collections.synchronizedMap(new IdentityHashMap<>());
    static final int BATCH = 1000;
    private final java.util.concurrent.BlockingQueue<Row> queue = new java.util.concurrent.LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closing;

    private record Row(id.pita.core.store.PushResult result, boolean ackedRate) {
    }

    StorePushLedger(Store store, EngineMetrics metrics) {
        this.store = store;
        this.pushes = metrics.counter("pita_coa_pushes_total",
                "CoA and Disconnect pushes by kind and result (ack, nak, timeout, error).", "kind", "result");
        this.writer = new Thread(this::run, "push-ledger");
        writer.setDaemon(true);
        writer.start();
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
        if (closing) {
            LOG.warn("Push result for {} not recorded: Pita is stopping", push.sessionKey());
            return;
        }
        queue.add(new Row(row, result.acked() && push instanceof Push.RateChange));
    }

    private void run() {
        var batch = new ArrayList<Row>(BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                var first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                break;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Row> rows) {
        var results = new ArrayList<id.pita.core.store.PushResult>(rows.size());
        var acked = new ArrayList<id.pita.core.store.PushResult>();
        for (var r : rows) {
            results.add(r.result());
            if (r.ackedRate()) {
                acked.add(r.result());
            }
        }
        try {
            store.pushes().recordAll(results, acked);
        } catch (RuntimeException e) {
            LOG.warn("{} push results (the first for {}) not recorded: {}", rows.size(), rows.get(0).result().sessionKey(),
                    e.toString());
        }
    }

    /** Writes what is queued (up to 5 s), then stops. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(5_000);
            if (writer.isAlive()) {
                writer.interrupt();
                writer.join(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!queue.isEmpty()) {
            LOG.warn("{} push results not recorded: Pita stopped before they were written", queue.size());
        }
    }
}
