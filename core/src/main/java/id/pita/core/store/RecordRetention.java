package id.pita.core.store;

import java.time.Instant;

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

    /** Removes session, accounting and push rows last touched before {@code olderThan}. */
    public Purged purgeOlderThan(Instant olderThan) {
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
