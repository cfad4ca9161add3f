package id.pita.engine.coa;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket that refills {@code ratePerSecond} tokens a second up to {@code ratePerSecond}
 * (one second of burst), read against an injected clock. Not thread-safe: the owner locks.
 */
final class TokenBucket {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private final Clock clock;
    private final double ratePerSecond;
    private double tokens;
    private Instant last;

    TokenBucket(Clock clock, int ratePerSecond) {
        this.clock = clock;
        this.ratePerSecond = ratePerSecond;
        this.tokens = ratePerSecond;
        this.last = clock.instant();
    }

    boolean tryTake() {
        refill();
        if (tokens >= 1.0) {
            tokens -= 1.0;
            return true;
        }
        return false;
    }

    /** How long until one whole token is there; at least one nanosecond. */
    Duration untilNextToken() {
        refill();
        double missing = Math.max(0.0, 1.0 - tokens);
        return Duration.ofNanos(Math.max(1L, (long) Math.ceil(missing / ratePerSecond * NANOS_PER_SECOND)));
    }

    private void refill() {
        var now = clock.instant();
        long elapsed = Duration.between(last, now).toNanos();
        if (elapsed > 0) {
            tokens = Math.min(ratePerSecond, tokens + elapsed * ratePerSecond / NANOS_PER_SECOND);
            last = now;
        }
    }
}
