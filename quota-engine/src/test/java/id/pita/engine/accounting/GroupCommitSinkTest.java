package id.pita.engine.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.engine.metrics.EngineMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitSinkTest {
    final EngineMetrics metrics = new EngineMetrics();
    final List<List<AccountingRecord>> writes = new CopyOnWriteArrayList<>();
    final CountDownLatch firstWriteEntered = new CountDownLatch(1);
    final CountDownLatch releaseWrites = new CountDownLatch(1);
    GroupCommitSink sink;

    @AfterEach
    void close() {
        releaseWrites.countDown();
        if (sink != null) {
            sink.close();
        }
    }

    static AccountingRecord record(int n) {
        return new AccountingRecord("gw-1", "s" + n, AcctStatus.INTERIM_UPDATE, "u", "", "", n, n, n, "",
                Instant.parse("2026-11-23T10:00:00Z"));
    }

    /** A writer that records each batch and blocks on the first until released. */
    Consumer<List<AccountingRecord>> blockingWriter() {
        return batch -> {
            writes.add(List.copyOf(batch));
            firstWriteEntered.countDown();
            await(releaseWrites);
        };
    }

    GroupCommitSink sink(int capacity, int maxBatch, Consumer<List<AccountingRecord>> writer) {
        sink = new GroupCommitSink(writer, new GroupCommitConfig(capacity, maxBatch, Duration.ZERO,
                Duration.ofSeconds(5)), metrics);
        return sink;
    }

    @Test
    void recordsArrivingDuringACommitGoIntoOneTransaction() throws Exception {
        sink(1000, 500, blockingWriter());
        var first = sink.record(record(0));
        assertThat(firstWriteEntered.await(5, TimeUnit.SECONDS)).isTrue();
        var rest = new ArrayList<CompletionStage<Void>>();
        for (int i = 1; i <= 50; i++) {
            rest.add(sink.record(record(i)));
        }
        assertThat(first.toCompletableFuture()).isNotDone();
        releaseWrites.countDown();
        join(first);
        rest.forEach(GroupCommitSinkTest::join);
        assertThat(writes).hasSize(2);
        assertThat(writes.get(1)).extracting(AccountingRecord::acctSessionId).hasSize(50).startsWith("s1")
                .endsWith("s50");
        assertThat(metrics.counter("pita_accounting_batches_total", "").get("stored")).isEqualTo(2);
    }

    @Test
    void aBatchNeverExceedsMaxBatch() throws Exception {
        sink(1000, 7, blockingWriter());
        var first = sink.record(record(0));
        assertThat(firstWriteEntered.await(5, TimeUnit.SECONDS)).isTrue();
        var rest = new ArrayList<CompletionStage<Void>>();
        for (int i = 1; i <= 20; i++) {
            rest.add(sink.record(record(i)));
        }
        releaseWrites.countDown();
        join(first);
        rest.forEach(GroupCommitSinkTest::join);
        assertThat(writes).extracting(List::size).containsExactly(1, 7, 7, 6);
    }

    @Test
    void lingersForMoreRecordsUpToMaxDelay() throws Exception {
        // The writer stops lingering after a quarter of maxDelay without a record: with 300 ms that was 75 ms, and a
        // test thread descheduled that long between the two calls (a loaded 2-core machine) got two batches of one.
        // 1 s (the most the config allows) gives 250 ms.
        sink = new GroupCommitSink(writes::add, new GroupCommitConfig(100, 500, Duration.ofSeconds(1),
                Duration.ofSeconds(5)), metrics);
        var a = sink.record(record(1));
        var b = sink.record(record(2));
        join(a);
        join(b);
        assertThat(writes).hasSize(1);
        assertThat(writes.get(0)).hasSize(2);
    }

    @Test
    void stopsLingeringOnceRecordsStopArriving() {
        sink = new GroupCommitSink(writes::add, new GroupCommitConfig(100, 500, Duration.ofSeconds(1),
                Duration.ofSeconds(5)), metrics);
        long start = System.nanoTime();
        join(sink.record(record(1)));
        // A quarter of maxDelay after the last arrival, not the whole second.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
        assertThat(writes).hasSize(1);
    }

    @Test
    void aFailedTransactionFailsEveryRecordOfItsBatch() {
        sink(1000, 500, batch -> {
            throw new IllegalStateException("disk full");
        });
        var a = sink.record(record(1)).toCompletableFuture();
        assertThatThrownBy(a::get).isInstanceOf(ExecutionException.class).hasRootCauseMessage("disk full");
        assertThat(metrics.counter("pita_accounting_records_total", "").get("failed")).isEqualTo(1);
    }

    @Test
    void refusesAtOnceWhenTheQueueIsFull() throws Exception {
        sink(2, 500, blockingWriter());
        var first = sink.record(record(0));
        assertThat(firstWriteEntered.await(5, TimeUnit.SECONDS)).isTrue();
        var queued1 = sink.record(record(1));
        var queued2 = sink.record(record(2));
        var refused = sink.record(record(3)).toCompletableFuture();
        assertThat(refused).isCompletedExceptionally();
        assertThat(metrics.counter("pita_accounting_records_total", "").get("refused")).isEqualTo(1);
        releaseWrites.countDown();
        join(first);
        join(queued1);
        join(queued2);
    }

    @Test
    void closeStoresWhatIsQueuedThenRefusesNewRecords() throws Exception {
        sink(1000, 500, blockingWriter());
        var first = sink.record(record(0));
        assertThat(firstWriteEntered.await(5, TimeUnit.SECONDS)).isTrue();
        var queued = sink.record(record(1));
        var closer = CompletableFuture.runAsync(sink::close);
        releaseWrites.countDown();
        closer.get(10, TimeUnit.SECONDS);
        join(first);
        join(queued);
        assertThat(writes).hasSize(2);
        assertThat(sink.record(record(2)).toCompletableFuture()).isCompletedExceptionally();
    }

    @Test
    void acknowledgesOnlyAfterTheSyncAndTheWriterGoesOnMeanwhile() throws Exception {
        var syncEntered = new CountDownLatch(1);
        var releaseSync = new CountDownLatch(1);
        var syncs = new java.util.concurrent.atomic.AtomicInteger();
        sink = new GroupCommitSink(writes::add, () -> {
            syncs.incrementAndGet();
            syncEntered.countDown();
            await(releaseSync);
        }, new GroupCommitConfig(1000, 500, Duration.ZERO, Duration.ofSeconds(5)), metrics);
        var first = sink.record(record(0));
        assertThat(syncEntered.await(5, TimeUnit.SECONDS)).isTrue();
        // committed, not yet durable: not acknowledged; the next record is committed while the sync runs
        var second = sink.record(record(1));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (writes.size() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(writes).hasSize(2);
        assertThat(first.toCompletableFuture()).isNotDone();
        assertThat(second.toCompletableFuture()).isNotDone();
        releaseSync.countDown();
        join(first);
        join(second);
        assertThat(syncs.get()).isBetween(1, 2);
        assertThat(metrics.histogram("pita_accounting_sync_seconds", "").count()).isEqualTo(syncs.get());
    }

    @Test
    void theNextSyncRunsWhileTheServerIsStillAnsweringThePreviousBatch() throws Exception {
        var syncs = new java.util.concurrent.atomic.AtomicInteger();
        var attached = new CountDownLatch(1);
        sink = new GroupCommitSink(writes::add, () -> {
            if (syncs.incrementAndGet() == 1) {
                await(attached); // the first record's answer is attached before it can be acknowledged
            }
        }, new GroupCommitConfig(1000, 500, Duration.ZERO, Duration.ofSeconds(5)), metrics);
        var answering = new CountDownLatch(1);
        var releaseAnswer = new CountDownLatch(1);
        var answeredOn = new java.util.concurrent.atomic.AtomicReference<String>();
        sink.record(record(0)).whenComplete((ok, e) -> {
            answeredOn.set(Thread.currentThread().getName());
            answering.countDown();
            await(releaseAnswer); // the server signing and sending its answer, slowly
        });
        attached.countDown();
        assertThat(answering.await(5, TimeUnit.SECONDS)).isTrue();
        var second = sink.record(record(1));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (syncs.get() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(syncs.get()).as("the second batch synced while the first is being answered").isEqualTo(2);
        assertThat(answeredOn.get()).isEqualTo("accounting-ack");
        releaseAnswer.countDown();
        join(second);
    }

    @Test
    void aFailedSyncFailsEveryRecordItWouldHaveMadeDurable() {
        sink = new GroupCommitSink(writes::add, () -> {
            throw new IllegalStateException("I/O error");
        }, new GroupCommitConfig(1000, 500, Duration.ZERO, Duration.ofSeconds(5)), metrics);
        var stage = sink.record(record(0));
        assertThatThrownBy(() -> stage.toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasRootCauseMessage("I/O error");
        assertThat(writes).hasSize(1);
        assertThat(metrics.counter("pita_accounting_records_total", "").get("failed")).isEqualTo(1);
        assertThat(sink.health().storing()).isFalse();
    }

    static void join(CompletionStage<Void> stage) {
        try {
            stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
