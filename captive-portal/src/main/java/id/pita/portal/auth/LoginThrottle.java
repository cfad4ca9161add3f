package id.pita.portal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing without letting a guesser lock the owner out. Failures are counted per
 * (user name, client address): after {@code freeFailures} of them, each further attempt of that pair must wait
 * twice as long as the one before (1 s, 2 s, 4 s ... up to {@code maxDelay}). The same user name from another
 * address is not affected, so the right password from a clean address always works. Separately, one address
 * that fails {@code addressLimit} times within {@code maxDelay} across any user names (a spray) waits
 * {@code maxDelay} — that only hurts the spraying address. A success clears its pair. Counts are forgotten
 * {@code maxDelay} after the last failure. The counts are kept in {@link LoginState} (the store), so that a guesser
 * gets no more tries by spreading them over several nodes. Thread-safe.
 */
public final class LoginThrottle {
    private static final int MAX_KEYS = 20_000;
    private final Clock clock;
    private final int freeFailures;
    private final Duration maxDelay;
    private final int addressLimit;
    private final LoginState counts;

    public LoginThrottle(Clock clock, int freeFailures, Duration maxDelay, int addressLimit, LoginState counts) {
        this.counts = counts;
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.maxDelay = maxDelay;
        this.addressLimit = addressLimit;
    }

    /** The defaults: 3 free failures, delays up to 15 minutes, 50 failures per address. */
    public LoginThrottle(Clock clock, LoginState counts) {
        this(clock, 3, Duration.ofMinutes(15), 50, counts);
    }

    /** How long this (user, address) must still wait before its next attempt; empty if it may try now. */
    public Optional<Duration> wait(String username, String address) {
        var now = clock.instant();
        var pair = counts.count(pairKey(username, address));
        var until = pair.isEmpty() ? now : pair.get().last().plus(delay(pair.get().failures()));
        var spray = counts.count(addressKey(address));
        if (spray.isPresent() && spray.get().failures() >= addressLimit) {
            var sprayUntil = spray.get().last().plus(maxDelay);
            until = sprayUntil.isAfter(until) ? sprayUntil : until;
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public boolean blocked(String username, String address) {
        return wait(username, address).isPresent();
    }

    public void failure(String username, String address) {
        if (counts.keys() > MAX_KEYS) {
            // a count is only kept while it can delay someone: maxDelay plus the longest delay
            counts.forgetBefore(clock.instant().minus(maxDelay.multipliedBy(2)));
        }
        bump(pairKey(username, address));
        bump(addressKey(address));
    }

    public void success(String username, String address) {
        counts.clear(pairKey(username, address));
    }

    /** Failures of this pair so far (for the audit entry). */
    public int failures(String username, String address) {
        return counts.count(pairKey(username, address)).map(LoginState.Count::failures).orElse(0);
    }

    Duration delay(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        var d = Duration.ofSeconds(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    private void bump(String key) {
        var now = clock.instant();
        counts.update(key, found -> found.filter(c -> now.isBefore(c.last().plus(maxDelay).plus(delay(c.failures()))))
                .map(c -> new LoginState.Count(c.failures() + 1, now)).orElse(new LoginState.Count(1, now)));
    }

    private static String pairKey(String username, String address) {
        return "p:" + username + "\u0000" + address;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
