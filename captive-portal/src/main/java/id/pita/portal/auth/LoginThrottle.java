package id.pita.portal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per user name and per client address in a fixed window; once either reaches the
 * limit, further attempts are refused until the window ends. A success clears the user name's count only,
 * so one address guessing many names stays blocked. Thread-safe.
 */
public final class LoginThrottle {
    private record Window(Instant start, int failures) {
    }

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Window> counts = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public boolean blocked(String username, String address) {
        return over("u:" + username) || over("a:" + address);
    }

    public void failure(String username, String address) {
        bump("u:" + username);
        bump("a:" + address);
    }

    public void success(String username) {
        counts.remove("u:" + username);
    }

    private boolean over(String key) {
        var w = counts.get(key);
        return w != null && !expired(w) && w.failures() >= maxFailures;
    }

    private void bump(String key) {
        if (counts.size() > 10_000) {
            counts.values().removeIf(this::expired); // bounds memory under a spray of user names
        }
        counts.compute(key, (k, w) -> w == null || expired(w)
                ? new Window(clock.instant(), 1) : new Window(w.start(), w.failures() + 1));
    }

    private boolean expired(Window w) {
        return !clock.instant().isBefore(w.start().plus(window));
    }
}
