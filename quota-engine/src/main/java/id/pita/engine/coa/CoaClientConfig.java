package id.pita.engine.coa;

import id.pita.core.Check;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * How the CoA client sends and retries. Attempt {@code n} (from 1) waits
 * {@code min(initialTimeout * 2^(n-1), maxTimeout)} for an answer before the next retransmission
 * [RFC 5080 §2.2.1: exponential back-off]; after {@code maxAttempts} the push times out.
 *
 * @param bindAddress local address for the client's one UDP socket; port 0 picks an ephemeral port
 * @param closeTimeout the longest {@link CoaClient#close()} waits for the event loop to stop
 */
public record CoaClientConfig(int maxAttempts, Duration initialTimeout, Duration maxTimeout,
                              InetSocketAddress bindAddress, Duration closeTimeout) {
    public CoaClientConfig {
        Check.inRange("maxAttempts", maxAttempts, 1, 10);
        Check.notNull("initialTimeout", initialTimeout);
        Check.notNull("maxTimeout", maxTimeout);
        Check.that(initialTimeout.toMillis() >= 10 && initialTimeout.toMillis() <= 60_000, "initialTimeout",
                "must be between 10 ms and 60 s (was " + initialTimeout.toMillis() + " ms)");
        Check.that(maxTimeout.compareTo(initialTimeout) >= 0 && maxTimeout.toMillis() <= 300_000, "maxTimeout",
                "must be between initialTimeout and 300 s (was " + maxTimeout.toMillis() + " ms)");
        Check.notNull("bindAddress", bindAddress);
        Check.notNull("closeTimeout", closeTimeout);
        Check.that(!closeTimeout.isNegative() && closeTimeout.toSeconds() <= 60, "closeTimeout",
                "must be between 0 and 60 s (was " + closeTimeout.toMillis() + " ms)");
    }

    /** 3 attempts, 2 s then 4 s then 8 s, any local address, 2 s to close. */
    public static CoaClientConfig defaults() {
        return new CoaClientConfig(3, Duration.ofSeconds(2), Duration.ofSeconds(8), new InetSocketAddress(0),
                Duration.ofSeconds(2));
    }

    public CoaClientConfig withRetries(int attempts, Duration initial, Duration max) {
        return new CoaClientConfig(attempts, initial, max, bindAddress, closeTimeout);
    }

    public CoaClientConfig withBindAddress(InetSocketAddress address) {
        return new CoaClientConfig(maxAttempts, initialTimeout, maxTimeout, address, closeTimeout);
    }

    /** How long to wait after attempt {@code attempt} (from 1). */
    public Duration timeoutAfterAttempt(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        var wait = initialTimeout.multipliedBy(factor);
        return wait.compareTo(maxTimeout) > 0 ? maxTimeout : wait;
    }
}
