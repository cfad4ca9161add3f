package id.pita.portal.console;

import io.vertx.core.json.JsonArray;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The audit log's hash chain. Each entry's hash is SHA-256 over a canonical JSON array of its id, time (ms),
 * actor, action, entity, address, before, after and the previous entry's hash; so changing any field of a row,
 * deleting a row or reordering rows breaks the chain at that row. Rows written before the chain existed (empty
 * hash, all before the first chained row) are counted as unchained. What the chain cannot show alone: the newest
 * rows cut off the end (compare the count with an earlier verification, which {@code pita audit verify} prints).
 */
public final class AuditChain {
    private AuditChain() {
    }

    /** The outcome of a verification; {@code firstBadId} is 0 when the chain is intact. */
    public record Verification(int checked, int unchained, long firstBadId, String problem, String head) {
        public boolean intact() {
            return firstBadId == 0;
        }
    }

    static String hash(AuditEntry e) {
        var canonical = new JsonArray().add(e.id()).add(e.at().toEpochMilli()).add(e.actor()).add(e.action())
                .add(e.entity()).add(e.address()).add(e.beforeJson()).add(e.afterJson()).add(e.prevHash()).encode();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every JVM", ex);
        }
    }

    /** Checks entries in ascending id order. */
    public static Verification verify(List<AuditEntry> ascending) {
        int unchained = 0;
        int checked = 0;
        String prev = null;
        for (var e : ascending) {
            if (prev == null && e.hash().isEmpty()) {
                unchained++;
                continue;
            }
            var expectedPrev = prev == null ? "" : prev;
            if (!e.prevHash().equals(expectedPrev)) {
                return new Verification(checked, unchained, e.id(), "entry " + e.id() + " does not follow the entry "
                        + "before it (an entry was removed or reordered)", prev);
            }
            if (!hash(e).equals(e.hash())) {
                return new Verification(checked, unchained, e.id(), "entry " + e.id() + " was altered after it was "
                        + "written", prev);
            }
            prev = e.hash();
            checked++;
        }
        return new Verification(checked, unchained, 0, "", prev == null ? "" : prev);
    }
}
