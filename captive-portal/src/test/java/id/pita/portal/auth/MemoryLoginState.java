package id.pita.portal.auth;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Test double of {@link LoginState} in memory, for unit tests of the throttle and the accounts. */
public final class MemoryLoginState implements LoginState {
    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    @Override
    public Optional<Count> count(String key) {
        return Optional.ofNullable(counts.get(key));
    }

    @Override
    public Count update(String key, Function<Optional<Count>, Count> next) {
        return counts.compute(key, (k, c) -> next.apply(Optional.ofNullable(c)));
    }

    @Override
    public void clear(String key) {
        counts.remove(key);
    }

    @Override
    public void forgetBefore(Instant before) {
        counts.values().removeIf(c -> c.last().isBefore(before));
    }

    @Override
    public long keys() {
        return counts.size();
    }

    @Override
    public void putPending(String token, Pending p, Instant now) {
        pending.values().removeIf(x -> x.expires().isBefore(now));
        pending.put(token, p);
    }

    @Override
    public Optional<Pending> pending(String token) {
        return Optional.ofNullable(pending.get(token));
    }

    @Override
    public boolean takePending(String token) {
        return pending.remove(token) != null;
    }
}
