package id.pita.engine.coa;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * One target's 256 identifiers [RFC 2865 §3: the Identifier is one octet]: the requests using them
 * and those waiting for one. Identifiers are handed out round-robin so that a late answer to an old
 * request rarely meets a new one with the same identifier (and the authenticator check catches it
 * when it does). Not thread-safe: guarded by CoaExchanges.
 */
final class TargetSlots {
    static final int IDENTIFIERS = 256;

    final Map<Integer, Exchange> inFlight = new HashMap<>();
    final ArrayDeque<Exchange> waiting = new ArrayDeque<>();
    private final BitSet used = new BitSet(IDENTIFIERS);
    private int next;

    /** A free identifier, or -1 when all 256 are in flight. */
    int acquire() {
        for (int i = 0; i < IDENTIFIERS; i++) {
            int id = (next + i) % IDENTIFIERS;
            if (!used.get(id)) {
                used.set(id);
                next = (id + 1) % IDENTIFIERS;
                return id;
            }
        }
        return -1;
    }

    void release(int id) {
        used.clear(id);
        inFlight.remove(id);
    }
}
