package id.pita.portal.citizen;

import id.pita.core.Check;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets per key (a MAC, a client IP) on an injected clock: {@code capacity} tokens, one more every
 * {@code refillEvery}. Bounded: past {@code maxKeys} the least recently used key is forgotten (a forgotten key
 * starts full again, which is the safe side for a citizen and costs a flooder nothing new). Thread-safe.
 */
public final class TokenBuckets {
    private final Clock clock;
    private final int capacity;
    private final long refillNanos;
    private final Map<String, Bucket> buckets;

    public TokenBuckets(Clock clock, int capacity, Duration refillEvery, int maxKeys) {
        this.clock = Check.notNull("clock", clock);
        this.capacity = (int) Check.positive("capacity", capacity);
        this.refillNanos = Check.positive("refillEvery", Check.notNull("refillEvery", refillEvery).toNanos());
        Check.positive("maxKeys", maxKeys);
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one token for {@code key}; false when its bucket is empty. */
    public synchronized boolean tryTake(String key) {
        long now = nanos();
        var b = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        b.tokens = Math.min(capacity, b.tokens + Math.max(0, now - b.at) / (double) refillNanos);
        b.at = now;
        if (b.tokens < 1) {
            return false;
        }
        b.tokens -= 1;
        return true;
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        private Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    private long nanos() {
        var i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
