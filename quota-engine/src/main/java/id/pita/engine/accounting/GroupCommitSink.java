package id.pita.engine.accounting;

import id.pita.core.Check;
import id.pita.core.PitaException;
import id.pita.core.session.AccountingRecord;
import id.pita.core.store.Store;
import id.pita.engine.metrics.CounterFamily;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.metrics.Histogram;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit (ARCHITECTURE §4): records wait in a bounded queue; one writer thread takes up to
 * {@code maxBatch} of them, or what arrived within {@code maxDelay} of the first (stopping early once as many
 * arrived as in the previous batch, or none for a quarter of {@code maxDelay}), and commits them in ONE
 * transaction. A sync thread then makes every committed batch durable with one fsync ({@code sync}) and only
 * then hands their records' stages to an ack thread, which completes them (so the server answers every
 * Accounting-Request of those batches, on that thread) while the sync thread goes on with the next fsync; while
 * it waits for the disk, the writer already runs the next batch's statements. A failed transaction or sync
 * fails every stage of its batches: the server does not answer and the gateways retransmit [RFC 2866 §2]
 * (a batch committed but not synced is then stored twice at most as a retransmission, which the store
 * recognises). A full queue refuses at once for the same reason: memory stays bounded under overload and
 * nothing acknowledged is ever lost. Thread-safe.
 */
public final class GroupCommitSink implements AccountingSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitSink.class);

    private final Consumer<List<AccountingRecord>> writer;
    private final Runnable sync;
    private final GroupCommitConfig config;
    private final BlockingQueue<Pending> queue;
    /** Committed batches waiting for the sync thread; an empty list ends it. */
    private final BlockingQueue<List<Pending>> committed = new LinkedBlockingQueue<>();
    private final CounterFamily records;
    private final CounterFamily batches;
    private final Histogram commitSeconds;
    private final Histogram syncSeconds;
    private final Thread thread;
    private final Thread syncThread;
    /**
     * Completes the stages of synced (or failed) batches: the server's answers (signing, sending) run on this thread,
     * not on the sync thread, which meanwhile already fsyncs the next committed batches. An empty list ends it.
     */
    private final BlockingQueue<List<Runnable>> acks = new LinkedBlockingQueue<>();
    private final Thread ackThread;
    /** Records in the last committed batch. */
    private int lastBatch = 1;
    /**
     * Records the last sync acknowledged: their gateways (in a closed loop, the same ones) are about to send again,
     * so the writer lingers until as many as this or the last batch are in hand.
     */
    private volatile int lastAcknowledged = 1;
    private final Object admission = new Object();
    private volatile boolean closed;
    /** Since when (System.nanoTime) the batch in hand is being written; 0 when none is. */
    private volatile long writingSince;
    /** Since when (System.nanoTime) the sync in hand runs; 0 when none does. */
    private volatile long syncingSince;
    /** Since when (System.nanoTime) batches fail; 0 while the last one was stored. */
    private volatile long failingSince;
    private volatile String failure = "";
    private boolean reportedDown;

    /** @param writer makes a batch durable in one transaction, or throws */
    public GroupCommitSink(Consumer<List<AccountingRecord>> writer, GroupCommitConfig config, EngineMetrics metrics) {
        this(writer, () -> { }, config, metrics);
    }

    /**
     * @param writer commits a batch in one transaction, or throws
     * @param sync   makes every batch the writer committed before it durable, or throws; runs on its own thread,
     *               concurrently with the writer
     */
    public GroupCommitSink(Consumer<List<AccountingRecord>> writer, Runnable sync, GroupCommitConfig config,
                           EngineMetrics metrics) {
        this.writer = Check.notNull("writer", writer);
        this.sync = Check.notNull("sync", sync);
        this.config = Check.notNull("config", config);
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
        this.records = metrics.counter("pita_accounting_records_total",
                "Accounting records handed to the group commit, by result (stored, failed, refused).", "result");
        this.batches = metrics.counter("pita_accounting_batches_total",
                "Group-commit transactions, by result.", "result");
        this.commitSeconds = metrics.histogram("pita_accounting_commit_seconds",
                "Time to run one group-commit transaction (its statements and COMMIT, before the fsync).",
                0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.25, 1, 5);
        this.syncSeconds = metrics.histogram("pita_accounting_sync_seconds",
                "Time of one fsync that makes the committed batches durable before they are acknowledged.",
                0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.25, 1, 5);
        this.thread = new Thread(this::run, "accounting-writer");
        thread.setDaemon(true);
        this.syncThread = new Thread(this::syncLoop, "accounting-sync");
        syncThread.setDaemon(true);
        this.ackThread = new Thread(this::ackLoop, "accounting-ack");
        ackThread.setDaemon(true);
        ackThread.start();
        syncThread.start();
        thread.start();
    }

    /**
     * The production sink: batches are committed by {@code store.accounting().applyUnsynced} and made durable by
     * {@code store.sync()} before they are acknowledged.
     */
    public static GroupCommitSink onStore(Store store, GroupCommitConfig config, EngineMetrics metrics) {
        return new GroupCommitSink(batch -> store.accounting().applyUnsynced(batch), store::sync, config, metrics);
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
        long syncing = syncingSince;
        if (writing == 0 || (syncing != 0 && syncing < writing)) {
            writing = syncing;
        }
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
        committed.add(List.of()); // the sync thread stops after what is committed before this
    }

    /** Takes every batch committed so far, syncs once, acknowledges them all; until the writer has stopped. */
    private void syncLoop() {
        var ready = new ArrayList<List<Pending>>();
        boolean last = false;
        while (!last) {
            try {
                ready.add(committed.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            committed.drainTo(ready);
            last = ready.stream().anyMatch(List::isEmpty);
            int n = ready.stream().mapToInt(List::size).sum();
            if (n > 0) {
                acknowledge(ready, n);
            }
            ready.clear();
        }
        // interrupted by close() after its timeout: what was committed but not synced is not acknowledged
        for (var left = committed.poll(); left != null; left = committed.poll()) {
            records.add(left.size(), "failed");
            left.forEach(p -> p.done.completeExceptionally(new PitaException("accounting sink closed")));
        }
        acks.add(List.of());
    }

    /** Runs the completions the sync thread hands over, in order, until it says it has stopped. */
    private void ackLoop() {
        while (true) {
            List<Runnable> next;
            try {
                next = acks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (next.isEmpty()) {
                break;
            }
            for (var completion : next) {
                try {
                    completion.run();
                } catch (RuntimeException e) {
                    LOG.error("Completing an accounting record failed", e);
                }
            }
        }
        // interrupted by close() after its timeout: complete what is left here
        for (var left = acks.poll(); left != null; left = acks.poll()) {
            left.forEach(Runnable::run);
        }
    }

    private void acknowledge(List<List<Pending>> ready, int n) {
        long started = System.nanoTime();
        syncingSince = started;
        try {
            sync.run();
        } catch (RuntimeException e) {
            syncingSince = 0;
            failed(started, e, n);
            acks.add(completions(ready, p -> p.done.completeExceptionally(e)));
            return;
        }
        syncingSince = 0;
        syncSeconds.observeNanos(System.nanoTime() - started);
        stored(started);
        records.add(n, "stored");
        lastAcknowledged = Math.max(1, n);
        // only now, after the sync: the ack thread answers them while this thread syncs what was committed since
        acks.add(completions(ready, p -> p.done.complete(null)));
    }

    private static List<Runnable> completions(List<List<Pending>> batches, Consumer<Pending> completion) {
        var list = new ArrayList<Runnable>();
        for (var b : batches) {
            for (var p : b) {
                list.add(() -> completion.accept(p));
            }
        }
        return list;
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
        // as many as came back after the last sync (or were in the last batch): the rest of a closed loop is not
        // coming before this batch is answered; 1 tells nothing, then only maxDelay and the gap stop the linger
        int known = Math.max(lastAcknowledged, lastBatch);
        int enough = known > 1 ? Math.min(config.maxBatch(), known) : config.maxBatch();
        while (batch.size() < config.maxBatch()) {
            queue.drainTo(batch, config.maxBatch() - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= enough || left <= 0) {
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
            batches.inc("failed");
            failed(started, e, batch.size());
            batch.forEach(p -> p.done.completeExceptionally(e));
            return;
        }
        writingSince = 0;
        commitSeconds.observeNanos(System.nanoTime() - started);
        batches.inc("stored");
        lastBatch = batch.size();
        LOG.debug("Committed accounting batch of {}", batch.size());
        committed.add(List.copyOf(batch));
    }

    /** A transaction or a sync failed: nothing of it is acknowledged; said once until storing works again. */
    private synchronized void failed(long started, RuntimeException e, int n) {
        if (failingSince == 0) {
            failingSince = started;
        }
        failure = e.toString();
        if (!reportedDown) {
            reportedDown = true;
            LOG.error("Accounting is not being stored, so not acknowledged (gateways retransmit) until the "
                    + "store takes writes again: {}", e.toString());
        }
        records.add(n, "failed");
        LOG.warn("Accounting batch of {} not stored, none acknowledged (gateways will retry): {}", n, e.toString());
    }

    /** A batch is durable: storing works (again). */
    private synchronized void stored(long started) {
        if (reportedDown) {
            reportedDown = false;
            LOG.info("Accounting stored again after {} s; acknowledging again",
                    Duration.ofNanos(System.nanoTime() - (failingSince == 0 ? started : failingSince)).toSeconds());
        }
        failingSince = 0;
        failure = "";
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
            long deadline = System.nanoTime() + Math.max(1, config.closeTimeout().toMillis()) * 1_000_000L;
            thread.join(Math.max(1, config.closeTimeout().toMillis()));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(1_000);
            }
            syncThread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
            if (syncThread.isAlive()) {
                syncThread.interrupt();
                syncThread.join(1_000);
            }
            ackThread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
            if (ackThread.isAlive()) {
                ackThread.interrupt();
                ackThread.join(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("Accounting sink closed");
    }

    private record Pending(AccountingRecord record, CompletableFuture<Void> done) {
    }
}
