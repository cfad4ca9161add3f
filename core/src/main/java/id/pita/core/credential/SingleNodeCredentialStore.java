package id.pita.core.credential;

import id.pita.core.Check;
import id.pita.core.session.MacAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The production credential store of a single node: in this process's memory, right for the embedded
 * one-process default, where portal and engine share a JVM (on PostgreSQL, nodes share the store's). Bounded twice: at most {@code perGateway} live credentials per gateway (hotspot), so a flood at one
 * park fills only that park's share and never starves another, and at most {@code capacity} in all, so memory
 * stays bounded whatever the number of gateways. A full gateway first drops its expired credentials (oldest
 * first, in constant time each) and then refuses. Thread-safe (one lock; every operation is short).
 */
public final class SingleNodeCredentialStore implements CredentialStore {
    private final Map<String, CitizenCredential> live = new HashMap<>();
    /** Per gateway, in mint order (which is expiry order: the TTL is one). */
    private final Map<String, LinkedHashMap<String, CitizenCredential>> byGateway = new HashMap<>();
    private final SecureRandom random;
    private final Duration ttl;
    private final int capacity;
    private final int perGateway;

    public SingleNodeCredentialStore(SecureRandom random, Duration ttl, int capacity) {
        this(random, ttl, capacity, capacity);
    }

    public SingleNodeCredentialStore(SecureRandom random, Duration ttl, int capacity, int perGateway) {
        this.random = Check.notNull("random", random);
        this.ttl = Check.notNull("ttl", ttl);
        Check.that(!ttl.isNegative() && !ttl.isZero(), "ttl", "must be positive");
        this.capacity = (int) Check.positive("capacity", capacity);
        this.perGateway = (int) Check.positive("perGateway", perGateway);
        Check.that(perGateway <= capacity, "perGateway", "must not exceed capacity (" + capacity + ")");
    }

    @Override
    public synchronized CitizenCredential mint(String gatewayId, String siteCode, MacAddress mac, Instant now) {
        var mine = byGateway.computeIfAbsent(gatewayId, k -> new LinkedHashMap<>());
        dropExpired(mine, now);
        if (mine.size() >= perGateway) {
            throw new CredentialsExhaustedException(perGateway);
        }
        if (live.size() >= capacity) {
            byGateway.values().forEach(q -> dropExpired(q, now));
            if (live.size() >= capacity) {
                throw new CredentialsExhaustedException(capacity);
            }
        }
        var username = "c-" + hex(8);
        var credential = new CitizenCredential(username, hex(12), gatewayId, siteCode, mac, now.plus(ttl));
        live.put(username, credential);
        mine.put(username, credential);
        return credential;
    }

    @Override
    public synchronized Optional<CitizenCredential> find(String username, Instant now) {
        var c = live.get(username);
        return c != null && c.expires().isAfter(now) ? Optional.of(c) : Optional.empty();
    }

    @Override
    public synchronized boolean consume(String username, Instant now) {
        var c = live.remove(username);
        if (c == null) {
            return false;
        }
        var mine = byGateway.get(c.gatewayId());
        if (mine != null) {
            mine.remove(username);
        }
        return c.expires().isAfter(now);
    }

    /** Live credentials, for metrics. */
    public synchronized int size() {
        return live.size();
    }

    /** Live credentials at one gateway. */
    public synchronized int size(String gatewayId) {
        var mine = byGateway.get(gatewayId);
        return mine == null ? 0 : mine.size();
    }

    private void dropExpired(LinkedHashMap<String, CitizenCredential> queue, Instant now) {
        for (Iterator<CitizenCredential> it = queue.values().iterator(); it.hasNext();) {
            var c = it.next();
            if (c.expires().isAfter(now)) {
                return;
            }
            it.remove();
            live.remove(c.username());
        }
    }

    private String hex(int bytes) {
        var b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
