package id.pita.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The audit log in {@code audit_log}, chained by hashes. Appending reads the last entry and writes the next in
 * one write transaction, so the chain has no gaps however many write at once.
 */
public final class AuditRepository {
    private static final String COLUMNS = "id, at_ms, actor, action, entity, address, before_json, after_json, "
            + "prev_hash, hash";
    private final Store store;

    AuditRepository(Store store) {
        this.store = store;
    }

    /** Makes the row to append from the id it gets and the previous entry's hash ("" for the first). */
    @FunctionalInterface
    public interface Sealer {
        AuditRow seal(long id, String prevHash);
    }

    /** Appends the row {@code sealer} makes for the next id after the last entry's; returns it. */
    public AuditRow append(Sealer sealer) {
        return store.write(h -> {
            var last = h.createQuery("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
                    .map((rs, ctx) -> new Last(rs.getLong("id"), rs.getString("hash"))).findOne();
            var row = sealer.seal(last.map(l -> l.id() + 1).orElse(1L), last.map(Last::hash).orElse(""));
            h.createUpdate("INSERT INTO audit_log (" + COLUMNS + ") VALUES (:id, :at, :actor, :action, :entity, "
                            + ":address, :before, :after, :prev, :hash)")
                    .bind("id", row.id()).bind("at", row.at().toEpochMilli()).bind("actor", row.actor())
                    .bind("action", row.action()).bind("entity", row.entity()).bind("address", row.address())
                    .bind("before", row.beforeJson()).bind("after", row.afterJson())
                    .bind("prev", row.prevHash()).bind("hash", row.hash()).execute();
            return row;
        });
    }

    private record Last(long id, String hash) {
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditRow> recent(int limit) {
        return store.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_log ORDER BY id DESC LIMIT :n")
                .bind("n", limit).map((rs, ctx) -> row(rs)).list());
    }

    /** Every entry, oldest first (to verify the chain). */
    public List<AuditRow> all() {
        return store.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_log ORDER BY id")
                .map((rs, ctx) -> row(rs)).list());
    }

    private static AuditRow row(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("at_ms")), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity"), rs.getString("address"), rs.getString("before_json"),
                rs.getString("after_json"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
