package id.pita.portal.app;

import id.pita.core.store.AuditRepository;
import id.pita.core.store.AuditRow;
import id.pita.core.store.Store;
import id.pita.portal.console.AuditChain;
import id.pita.portal.console.AuditEntry;
import id.pita.portal.console.AuditLog;
import java.util.List;

/**
 * The audit log on the store's {@link AuditRepository} ({@code audit_log}): each entry is sealed to the previous
 * entry's hash inside the repository's one append transaction, so the chain has no gaps even with many writers.
 * Thread-safe.
 */
public final class StoreAuditLog implements AuditLog {
    private final AuditRepository audit;

    public StoreAuditLog(Store store) {
        this.audit = store.audit();
    }

    @Override
    public void append(AuditEntry e) {
        audit.append((id, prev) -> row(e.sealed(id, prev)));
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return audit.recent(limit).stream().map(StoreAuditLog::entry).toList();
    }

    @Override
    public AuditChain.Verification verify() {
        return AuditChain.verify(audit.all().stream().map(StoreAuditLog::entry).toList());
    }

    private static AuditRow row(AuditEntry e) {
        return new AuditRow(e.id(), e.at(), e.actor(), e.action(), e.entity(), e.address(), e.beforeJson(),
                e.afterJson(), e.prevHash(), e.hash());
    }

    private static AuditEntry entry(AuditRow r) {
        return new AuditEntry(r.id(), r.at(), r.actor(), r.action(), r.entity(), r.address(), r.beforeJson(),
                r.afterJson(), r.prevHash(), r.hash());
    }
}
