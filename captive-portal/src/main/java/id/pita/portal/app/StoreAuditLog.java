package id.pita.portal.app;

import id.pita.core.store.Store;
import id.pita.portal.console.AuditChain;
import id.pita.portal.console.AuditEntry;
import id.pita.portal.console.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The audit log in the store's {@code audit_log} table. Each append runs in one write transaction that reads the
 * last entry's hash and writes the new entry sealed to it, so the chain has no gaps even with many writers.
 * Thread-safe.
 */
public final class StoreAuditLog implements AuditLog {
    private final Store store;

    public StoreAuditLog(Store store) {
        this.store = store;
    }

    @Override
    public void append(AuditEntry e) {
        store.writeVoid(h -> {
            var last = h.createQuery("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
                    .map((rs, ctx) -> new Object[] {rs.getLong("id"), rs.getString("hash")}).findOne();
            long id = last.map(l -> (Long) l[0] + 1).orElse(1L);
            var prev = last.map(l -> (String) l[1]).orElse("");
            var sealed = e.sealed(id, prev);
            h.createUpdate("INSERT INTO audit_log (id, at_ms, actor, action, entity, address, before_json, after_json, "
                            + "prev_hash, hash) VALUES (:id, :at, :actor, :action, :entity, :address, :before, :after, "
                            + ":prev, :hash)")
                    .bind("id", id).bind("at", sealed.at().toEpochMilli()).bind("actor", sealed.actor())
                    .bind("action", sealed.action()).bind("entity", sealed.entity()).bind("address", sealed.address())
                    .bind("before", sealed.beforeJson()).bind("after", sealed.afterJson())
                    .bind("prev", sealed.prevHash()).bind("hash", sealed.hash()).execute();
        });
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return store.read(h -> h.createQuery("SELECT * FROM audit_log ORDER BY id DESC LIMIT :n").bind("n", limit)
                .map((rs, ctx) -> entry(rs)).list());
    }

    @Override
    public AuditChain.Verification verify() {
        return AuditChain.verify(store.read(h -> h.createQuery("SELECT * FROM audit_log ORDER BY id")
                .map((rs, ctx) -> entry(rs)).list()));
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("at_ms")), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity"), rs.getString("address"), rs.getString("before_json"),
                rs.getString("after_json"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
