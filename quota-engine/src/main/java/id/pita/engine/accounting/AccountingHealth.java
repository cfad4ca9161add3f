package id.pita.engine.accounting;

import java.time.Duration;

/**
 * Whether accounting is being made durable (and so acknowledged) right now.
 *
 * @param storing false while the last batch failed or the batch being written has waited longer than the
 *                stall limit (another process holding the SQLite lock, a full disk)
 * @param for_    how long it has been so (zero while storing)
 * @param reason  why not, in English for the log and {@code /health}; empty while storing
 */
public record AccountingHealth(boolean storing, Duration for_, String reason) {
    public static final AccountingHealth OK = new AccountingHealth(true, Duration.ZERO, "");
}
