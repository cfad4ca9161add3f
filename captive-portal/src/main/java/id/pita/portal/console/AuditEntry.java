package id.pita.portal.console;

import java.time.Instant;

/**
 * One row of {@code audit_log}: who did what to which entity from which address, with what changed (JSON before
 * and after of the changed fields only; either may be empty), chained to the previous row by {@code prevHash}
 * and sealed by {@code hash} (see {@link AuditChain}).
 */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, String address,
                         String beforeJson, String afterJson, String prevHash, String hash) {
    public AuditEntry {
        address = address == null ? "" : address;
        beforeJson = beforeJson == null ? "" : beforeJson;
        afterJson = afterJson == null ? "" : afterJson;
        prevHash = prevHash == null ? "" : prevHash;
        hash = hash == null ? "" : hash;
    }

    /** A new entry to append; the log assigns id and hashes. */
    public static AuditEntry of(Instant at, String actor, String action, String entity, String address,
                                String beforeJson, String afterJson) {
        return new AuditEntry(0, at, actor, action, entity, address, beforeJson, afterJson, "", "");
    }

    public AuditEntry sealed(long newId, String prev) {
        var e = new AuditEntry(newId, at, actor, action, entity, address, beforeJson, afterJson, prev, "");
        return new AuditEntry(newId, at, actor, action, entity, address, beforeJson, afterJson, prev,
                AuditChain.hash(e));
    }
}
