package id.pita.engine.radius.server;

import id.pita.core.InvalidValueException;
import java.time.Duration;

/**
 * Where and how the RADIUS server listens. Ports 0 bind ephemeral ports (tests).
 *
 * @param bindAddress      address to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param authPort         Access-Request port [RFC 2865 §3: 1812]
 * @param accountingPort   Accounting-Request port [RFC 2866 §3: 1813]
 * @param workerThreads    threads running access decisions and accounting hand-off, 1..64
 * @param workerQueue      requests waiting for a worker before new ones are dropped, 16..1,000,000
 * @param duplicateTtl     how long a response is kept for retransmissions, 1..120 s [RFC 5080 §2.2.2]
 * @param duplicateEntries most requests remembered, 16..10,000,000
 * @param drainTimeout     how long {@code close()} waits for requests in progress, 0..60 s
 */
public record RadiusServerConfig(String bindAddress, int authPort, int accountingPort, int workerThreads,
                                 int workerQueue, Duration duplicateTtl, int duplicateEntries, Duration drainTimeout) {
    public RadiusServerConfig {
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new InvalidValueException("radius.bindAddress", "is required");
        }
        range("radius.authPort", authPort, 0, 65535, "");
        range("radius.accountingPort", accountingPort, 0, 65535, "");
        range("radius.workerThreads", workerThreads, 1, 64, " threads");
        range("radius.workerQueue", workerQueue, 16, 1_000_000, " requests");
        range("radius.duplicateTtl", duplicateTtl == null ? -1 : duplicateTtl.toMillis(), 1_000, 120_000, " ms");
        range("radius.duplicateEntries", duplicateEntries, 16, 10_000_000, " entries");
        range("radius.drainTimeout", drainTimeout == null ? -1 : drainTimeout.toMillis(), 0, 60_000, " ms");
    }

    /** Standard ports on all addresses, 2 workers, 30 s duplicate cache of 65,536, 5 s drain. */
    public static RadiusServerConfig defaults() {
        return new RadiusServerConfig("0.0.0.0", 1812, 1813, 2, 10_000, Duration.ofSeconds(30), 65_536,
                Duration.ofSeconds(5));
    }

    /** Ephemeral ports on loopback, for tests. */
    public static RadiusServerConfig loopbackEphemeral() {
        return new RadiusServerConfig("127.0.0.1", 0, 0, 2, 10_000, Duration.ofSeconds(30), 65_536,
                Duration.ofSeconds(5));
    }

    private static void range(String field, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + unit + " and " + max + unit
                    + " (was " + value + unit + ")");
        }
    }
}
