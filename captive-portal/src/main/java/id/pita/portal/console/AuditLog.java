package id.pita.portal.console;

import java.util.List;

/** Port to {@code audit_log}. Implementations are thread-safe and assign ids. */
public interface AuditLog {
    void append(AuditEntry entry);

    /** The newest {@code limit} entries, newest first. */
    List<AuditEntry> recent(int limit);
}
