package id.pita.portal.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Port: what a console log-in keeps between requests, which any node may answer: failure counts for
 * {@link LoginThrottle} and log-ins waiting for their second factor ({@link Accounts}). In the store, so that
 * several nodes share it. Implementations are thread-safe; {@link #update} and {@link #takePending} are atomic.
 */
public interface LoginState {
    /** Failures counted under one key and the time of the last. */
    record Count(int failures, Instant last) {
    }

    /** A log-in whose password was right, waiting for its second factor until {@code expires}. */
    record Pending(String username, String address, Instant expires) {
    }

    Optional<Count> count(String key);

    /** Replaces the key's count by {@code next} of the stored one (empty if none), atomically; returns it. */
    Count update(String key, Function<Optional<Count>, Count> next);

    void clear(String key);

    /** Forgets counts last changed before {@code before}. */
    void forgetBefore(Instant before);

    /** How many keys are counted. */
    long keys();

    /** Keeps a pending log-in under its token (the store keeps only a hash); drops expired ones. */
    void putPending(String token, Pending pending, Instant now);

    Optional<Pending> pending(String token);

    /** Removes a pending log-in; true for exactly one caller. */
    boolean takePending(String token);
}
