package id.pita.engine.accounting;

import id.pita.core.InvalidValueException;
import java.time.Duration;

/**
 * How {@link GroupCommitSink} batches.
 *
 * @param queueCapacity records waiting for the writer before new ones are refused (1 to 1,000,000);
 *                      a refused record is not acknowledged, so the gateway retransmits it later
 * @param maxBatch      most records in one transaction (1 to 10,000)
 * @param maxDelay      how long the writer waits for more records after the first of a batch (0 to 1 s), at
 *                      most a quarter of it after the last arrival;
 *                      0 writes whatever is queued at once (batches then form only while a commit runs)
 * @param closeTimeout  how long {@link GroupCommitSink#close()} waits for the queue to drain (0 to 60 s)
 */
public record GroupCommitConfig(int queueCapacity, int maxBatch, Duration maxDelay, Duration closeTimeout) {
    public GroupCommitConfig {
        range("accounting.queueCapacity", queueCapacity, 1, 1_000_000, " records");
        range("accounting.maxBatch", maxBatch, 1, 10_000, " records");
        range("accounting.maxDelay", maxDelay == null ? -1 : maxDelay.toMillis(), 0, 1_000, " ms");
        range("accounting.closeTimeout", closeTimeout == null ? -1 : closeTimeout.toMillis(), 0, 60_000, " ms");
    }

    /** 50,000 queued, 500 per transaction, 5 ms linger, 10 s to drain on close. */
    public static GroupCommitConfig defaults() {
        return new GroupCommitConfig(50_000, 500, Duration.ofMillis(5), Duration.ofSeconds(10));
    }

    private static void range(String field, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + unit + " and " + max + unit
                    + " (was " + value + unit + ")");
        }
    }
}
