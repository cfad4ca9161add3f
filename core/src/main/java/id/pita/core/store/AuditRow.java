package id.pita.core.store;

import java.time.Instant;

/**
 * One row of {@code audit_log}: who did what to which entity from which address, the changed fields before and
 * after (JSON, either may be empty), and the hash chain ({@code prevHash}, {@code hash}); the console computes
 * the hashes.
 */
public record AuditRow(long id, Instant at, String actor, String action, String entity, String address,
                       String beforeJson, String afterJson, String prevHash, String hash) {
}
