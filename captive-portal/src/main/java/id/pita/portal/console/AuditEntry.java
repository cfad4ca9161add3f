package id.pita.portal.console;

import java.time.Instant;

/** One row of {@code audit_log}: who did what to which entity, with its JSON before and after (may be empty). */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, String beforeJson,
                         String afterJson) {
}
