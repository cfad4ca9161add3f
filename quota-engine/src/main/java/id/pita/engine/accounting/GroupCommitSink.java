package id.pita.engine.accounting;

import id.pita.core.Check;
import id.pita.core.PitaException;
import id.pita.core.session.AccountingRecord;
import id.pita.core.store.Store;
import id.pita.engine.metrics.CounterFamily;
import id.pita.engine.metrics.EngineMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit (ARCHITECTURE §4): records wait in a bounded queue; one writer thread takes up to
 * {@code maxBatch} of them, or what arrived within {@code maxDelay} of the first (stopping early once none
 * arrived for a quarter of {@code maxDelay}), and makes them durable
 * in ONE transaction; then each record's stage completes, so the server answers every Accounting-Request
 * of the batch. A failed transaction fails every stage of its batch: the server does not answer and the
 * gateways retransmit [RFC 2866 §2]. A full queue refuses at once for the same reason: memory stays bounded
 * under overload and nothing acknowledged is ever lost. Thread-safe.
 */
public final class GroupCommitSink implements AccountingSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitSink.class);

    private final Consumer<List<AccountingRecord>> writer;
    private final GroupCommitConfig config;
    private final BlockingQueue<Pending> queue;
    private final CounterFamily records;
    private final CounterFamily batches;
    private final Thread thread;
    private final Object admission = new Object();
    private volatile boolean closed;
    /** Since when (System.nanoTime) the batch in hand is being written; 0 when none is. */
    private volatile long writingSince;
    /** Since when (System.nanoTime) batches fail; 0 while the last one was stored. */
    private volatile long failingSince;
    private volatile String failure = "";
    private boolean reportedDown;

    /** @param writer makes a batch durable in one transaction, or throws */
    public GroupCommitSink(Consumer<List<AccountingRecord>> writer, GroupCommitConfig config, EngineMetrics metrics) {
        this.writer = Check.notNull("writer", writer);
        this.config = Check.notNull("config", config);
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
        this.records = metrics.counter("pita_accounting_records_total",
                "Accounting records handed to the group commit, by result (stored, failed, refused).", "result");
        this.batches = metrics.counter("pita_accounting_batches_total",
                "Group-commit transactions, by result.", "result");
        this.thread = new Thread(this::run, "accounting-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** The production sink: batches go to {@code store.accounting().apply}. */
    public static GroupCommitSink onStore(Store store, GroupCommitConfig config, EngineMetrics metrics) {
        return new GroupCommitSink(batch -> store.accounting().apply(batch), config, metrics);
    }

    @Override
    public CompletionStage<Void> record(AccountingRecord record) {
        var pending = new Pending(Check.notNull("record", record), new CompletableFuture<>());
        boolean offered;
        // Under the lock that close() takes to set the flag: once the writer sees closed and an empty
        // queue, no record can slip in behind it and wait forever.
        synchronized (admission) {
            if (closed) {
                records.inc("refused");
                return CompletableFuture.failedFuture(new PitaException("accounting sink is closed"));
            }
            offered = queue.offer(pending);
        }
        if (!offered) {
            records.inc("refused");
            LOG.warn("Accounting queue full ({} records): record from {} not acknowledged, the gateway will retry",
                    config.queueCapacity(), record.gatewayId());
            return CompletableFuture.failedFuture(new PitaException("accounting queue is full"));
        }
        return pending.done;
    }

    /** A batch still being written after this long counts as "not storing" (the lock or disk is stuck). */
    static final Duration STALL = Duration.ofSeconds(2);

    /**
     * Whether records are being made durable now: not while the last batch failed, nor while the batch in hand
     * has been written for longer than {@link #STALL} (SQLite waits up to its busy timeout for a lock).
     */
    public AccountingHealth health() {
        long now = System.nanoTime();
        long failed = failingSince;
        if (failed != 0) {
            return new AccountingHealth(false, Duration.ofNanos(now - failed), failure);
        }
        long writing = writingSince;
        if (writing != 0 && now - writing > STALL.toNanos()) {
            return new AccountingHealth(false, Duration.ofNanos(now - writing),
                    "a batch has been waiting for the store for over " + STALL.toSeconds() + " s");
        }
        return AccountingHealth.OK;
    }

    /** Records waiting for the writer. */
    public int queued() {
        return queue.size();
    }

    private void run() {
        var batch = new ArrayList<Pending>(config.maxBatch());
        while (!closed || !queue.isEmpty()) {
            try {
                if (fill(batch)) {
                    commit(batch);
                }
            } catch (InterruptedException e) {
                // close() interrupts only after its timeout: whatever is left fails below.
                break;
            } finally {
                batch.clear();
            }
        }
        failRemaining();
    }

    /**
     * Waits for a first record, then lingers up to {@code maxDelay} for a full batch, but no longer than a
     * quarter of it past the last arrival: once records stop coming, waiting only delays those in hand (with
     * few requests in flight, a gateway's next record waits for this batch's answer).
     */
    private boolean fill(List<Pending> batch) throws InterruptedException {
        var first = queue.poll(50, TimeUnit.MILLISECONDS);
        if (first == null) {
            return false;
        }
        batch.add(first);
        long deadline = System.nanoTime() + config.maxDelay().toNanos();
        long gap = Math.max(1, config.maxDelay().toNanos() / 4);
        while (batch.size() < config.maxBatch()) {
            queue.drainTo(batch, config.maxBatch() - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= config.maxBatch() || left <= 0) {
                break;
            }
            var next = queue.poll(Math.min(left, gap), TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            batch.add(next);
        }
        return true;
    }

    private void commit(List<Pending> batch) {
        var list = new ArrayList<AccountingRecord>(batch.size());
        batch.forEach(p -> list.add(p.record));
        long started = System.nanoTime();
        writingSince = started;
        try {
            writer.accept(list);
        } catch (RuntimeException e) {
            writingSince = 0;
            if (failingSince == 0) {
                failingSince = started;
            }
            failure = e.toString();
            if (!reportedDown) {
                reportedDown = true;
                LOG.error("Accounting is not being stored, so not acknowledged (gateways retransmit) until the "
                        + "store takes writes again: {}", e.toString());
            }
            batches.inc("failed");
            records.add(batch.size(), "failed");
            LOG.warn("Accounting batch of {} not stored, none acknowledged (gateways will retry): {}", batch.size(),
                    e.toString());
            batch.forEach(p -> p.done.completeExceptionally(e));
            return;
        }
        writingSince = 0;
        if (reportedDown) {
            reportedDown = false;
            LOG.info("Accounting stored again after {} s; acknowledging again",
                    Duration.ofNanos(System.nanoTime() - (failingSince == 0 ? started : failingSince)).toSeconds());
        }
        failingSince = 0;
        failure = "";
        batches.inc("stored");
        records.add(batch.size(), "stored");
        LOG.debug("Stored accounting batch of {}", batch.size());
        batch.forEach(p -> p.done.complete(null));
    }

    private void failRemaining() {
        var left = new ArrayList<Pending>();
        queue.drainTo(left);
        if (!left.isEmpty()) {
            LOG.warn("Accounting sink stopped with {} records unstored and unacknowledged", left.size());
            records.add(left.size(), "failed");
        }
        left.forEach(p -> p.done.completeExceptionally(new PitaException("accounting sink closed")));
    }

    /**
     * Refuses new records, stores what is queued and stops the writer; bounded by the close timeout, after
     * which records still queued fail (unacknowledged, so the gateways resend them to the next start).
     */
    @Override
    public void close() {
        synchronized (admission) {
            closed = true;
        }
        try {
            thread.join(Math.max(1, config.closeTimeout().toMillis()));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("Accounting sink closed");
    }

    private record Pending(AccountingRecord record, CompletableFuture<Void> done) {
    }
}
