package id.pita.portal.citizen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * openNDS levels 3/4: admissions waiting for the gateway's authmon poll, per gateway, in order. An entry
 * stays until the gateway acknowledges its rhid or it is older than {@code ttl} (the citizen has given up);
 * at most {@code perGateway} wait per gateway, oldest dropped first. Thread-safe.
 */
public final class AuthmonQueue {
    private final Clock clock;
    private final Duration ttl;
    private final int perGateway;
    private final Map<String, LinkedHashMap<String, Pending>> queues = new HashMap<>();

    private record Pending(String line, Instant at) {
    }

    public AuthmonQueue(Clock clock, Duration ttl, int perGateway) {
        this.clock = clock;
        this.ttl = ttl;
        this.perGateway = perGateway;
    }

    /** Queues (or replaces) the admission line for {@code rhid} at this gateway. */
    public synchronized void admit(String gatewayId, String rhid, String line) {
        var q = queues.computeIfAbsent(gatewayId, k -> new LinkedHashMap<>());
        q.remove(rhid);
        q.put(rhid, new Pending(line, clock.instant()));
        while (q.size() > perGateway) {
            q.remove(q.keySet().iterator().next());
        }
    }

    /** The lines waiting at this gateway, oldest first; they stay until acknowledged. */
    public synchronized List<String> view(String gatewayId) {
        var q = live(gatewayId);
        var lines = new ArrayList<String>(q.size());
        q.values().forEach(p -> lines.add(p.line()));
        return lines;
    }

    /** The waiting lines, removed: openNDS's {@code list} hands them over without an acknowledgement. */
    public synchronized List<String> take(String gatewayId) {
        var lines = view(gatewayId);
        queues.remove(gatewayId);
        return lines;
    }

    /** Drops the acknowledged rhids; returns how many were waiting. */
    public synchronized int acknowledge(String gatewayId, Collection<String> rhids) {
        var q = live(gatewayId);
        int n = 0;
        for (var rhid : rhids) {
            n += q.remove(rhid) != null ? 1 : 0;
        }
        return n;
    }

    public synchronized void clear(String gatewayId) {
        queues.remove(gatewayId);
    }

    private Map<String, Pending> live(String gatewayId) {
        var q = queues.computeIfAbsent(gatewayId, k -> new LinkedHashMap<>());
        var oldest = clock.instant().minus(ttl);
        q.values().removeIf(p -> p.at().isBefore(oldest));
        return q;
    }
}
