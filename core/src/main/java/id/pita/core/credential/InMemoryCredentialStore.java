package id.pita.core.credential;

import id.pita.core.Check;
import id.pita.core.session.MacAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credentials in memory: right for the embedded one-process default, where portal and engine share
 * a JVM. Bounded: minting beyond {@code capacity} live credentials first drops the expired ones and
 * then refuses, so a flood of portal hits cannot exhaust memory. Thread-safe.
 */
public final class InMemoryCredentialStore implements CredentialStore {
    private final ConcurrentHashMap<String, CitizenCredential> live = new ConcurrentHashMap<>();
    private final SecureRandom random;
    private final Duration ttl;
    private final int capacity;

    public InMemoryCredentialStore(SecureRandom random, Duration ttl, int capacity) {
        this.random = Check.notNull("random", random);
        this.ttl = Check.notNull("ttl", ttl);
        Check.that(!ttl.isNegative() && !ttl.isZero(), "ttl", "must be positive");
        this.capacity = (int) Check.positive("capacity", capacity);
    }

    @Override
    public CitizenCredential mint(String gatewayId, String siteCode, MacAddress mac, Instant now) {
        if (live.size() >= capacity) {
            live.values().removeIf(c -> !c.expires().isAfter(now));
            if (live.size() >= capacity) {
                throw new CredentialsExhaustedException(capacity);
            }
        }
        var username = "c-" + hex(8);
        var credential = new CitizenCredential(username, hex(12), gatewayId, siteCode, mac, now.plus(ttl));
        live.put(username, credential);
        return credential;
    }

    @Override
    public Optional<CitizenCredential> find(String username, Instant now) {
        var c = live.get(username);
        return c != null && c.expires().isAfter(now) ? Optional.of(c) : Optional.empty();
    }

    @Override
    public boolean consume(String username, Instant now) {
        var c = live.remove(username);
        return c != null && c.expires().isAfter(now);
    }

    /** Live credentials, for metrics. */
    public int size() {
        return live.size();
    }

    private String hex(int bytes) {
        var b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
