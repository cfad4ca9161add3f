package id.pita.portal.console;

import java.util.List;

/** Port to {@code audit_log}. Implementations are thread-safe, assign ids and seal each entry into the chain. */
public interface AuditLog {
    /** Appends an entry (from {@link AuditEntry#of}), chained to the last one. */
    void append(AuditEntry entry);

    /** The newest {@code limit} entries, newest first. */
    List<AuditEntry> recent(int limit);

    /** Recomputes the whole chain. */
    AuditChain.Verification verify();
}
