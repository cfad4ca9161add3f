package id.pita.core.store;

import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention by policy for the per-session records: ended sessions (and sessions silent since), raw accounting
 * and CoA push results older than the period are removed. Their traffic is not lost: {@link AccountingStore}
 * rolls every record's growth into {@code usage_hourly} as it arrives, and the hourly usage is kept, so reports
 * over any period read the same before and after. Deletes go in batches of {@value #BATCH} rows per
 * transaction so that the RADIUS group commit never waits long behind them.
 */
public final class RecordRetention {
    static final int BATCH = 2000;
    /** Passes of {@link #purgeUntilCaughtUp} at most, each with a fresh cut-off. */
    static final int MAX_PASSES = 10;
    private static final Logger LOG = LoggerFactory.getLogger(RecordRetention.class);

    private final Store store;

    RecordRetention(Store store) {
        this.store = store;
    }

    /** What one purge removed. */
    public record Purged(int sessions, int accounting, int pushes) {
        public int total() {
            return sessions + accounting + pushes;
        }
    }

    /**
     * Purges with a cut-off read again after each pass ({@code cutoff}: now minus the period, on Pita's clock), until a
     * pass removes nothing or {@value #MAX_PASSES} passes ran: rows that aged out while a pass ran go in the same
     * call. On a fast clock (a simulated year at 50,000x, where one real second is 14 simulated hours) a pass slowed
     * by a loaded machine or a busy store otherwise leaves rows a day or more past the period until the next run.
     */
    public Purged purgeUntilCaughtUp(Supplier<Instant> cutoff) {
        int sessions = 0;
        int accounting = 0;
        int pushes = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            var p = purge(cutoff.get());
            sessions += p.sessions();
            accounting += p.accounting();
            pushes += p.pushes();
            if (p.total() == 0) {
                break;
            }
        }
        return new Purged(sessions, accounting, pushes);
    }

    /** Removes session, accounting and push rows last touched before {@code olderThan}. */
    public Purged purgeOlderThan(Instant olderThan) {
        return purge(olderThan);
    }

    private Purged purge(Instant olderThan) {
        long cut = olderThan.toEpochMilli();
        var rowId = store.dialect().rowId();
        int sessions = batched("DELETE FROM session WHERE " + rowId + " IN (SELECT " + rowId + " FROM session WHERE "
                + "COALESCE(stopped_ms, last_update_ms) < :cut AND last_update_ms < :cut LIMIT " + BATCH + ")", cut);
        int accounting = batched("DELETE FROM accounting WHERE id IN (SELECT id FROM accounting WHERE "
                + "received_ms < :cut LIMIT " + BATCH + ")", cut);
        int pushes = batched("DELETE FROM push_result WHERE id IN (SELECT id FROM push_result WHERE at_ms < :cut "
                + "LIMIT " + BATCH + ")", cut);
        var purged = new Purged(sessions, accounting, pushes);
        if (purged.total() > 0) {
            LOG.info("Retention: removed {} sessions, {} accounting records and {} push results older than {}",
                    sessions, accounting, pushes, olderThan);
        }
        return purged;
    }

    private int batched(String sql, long cut) {
        int total = 0;
        while (true) {
            int n = store.write(h -> h.createUpdate(sql).bind("cut", cut).execute());
            total += n;
            if (n < BATCH) {
                return total;
            }
        }
    }
}
