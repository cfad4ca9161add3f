package id.pita.portal.app;

import id.pita.core.store.ConsoleLoginRepository;
import id.pita.core.store.ConsoleLoginRepository.Failures;
import id.pita.core.store.Store;
import id.pita.portal.auth.LoginState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * The console's log-in state in the store, shared by every node on it. Throttle keys (user name and client address)
 * and pending tokens are kept as SHA-256 only: no user name or address in that table, and any text a guesser types
 * as a user name fits the column.
 */
final class StoreLoginState implements LoginState {
    private final ConsoleLoginRepository rows;

    StoreLoginState(Store store) {
        this.rows = store.consoleLogins();
    }

    @Override
    public Optional<Count> count(String key) {
        return rows.failures(sha256(key)).map(f -> new Count(f.count(), f.last()));
    }

    @Override
    public Count update(String key, Function<Optional<Count>, Count> next) {
        var f = rows.updateFailures(sha256(key), found -> {
            var c = next.apply(found.map(x -> new Count(x.count(), x.last())));
            return new Failures(c.failures(), c.last());
        });
        return new Count(f.count(), f.last());
    }

    @Override
    public void clear(String key) {
        rows.clearFailures(sha256(key));
    }

    @Override
    public void forgetBefore(Instant before) {
        rows.forgetFailuresBefore(before);
    }

    @Override
    public long keys() {
        return rows.failureKeys();
    }

    @Override
    public void putPending(String token, Pending pending, Instant now) {
        rows.putPending(sha256(token), new ConsoleLoginRepository.Pending(pending.username(), pending.address(),
                pending.expires()), now);
    }

    @Override
    public Optional<Pending> pending(String token) {
        return rows.pending(sha256(token)).map(p -> new Pending(p.username(), p.address(), p.expires()));
    }

    @Override
    public boolean takePending(String token) {
        return rows.removePending(sha256(token));
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
