package id.pita.portal.auth;

import id.pita.core.Check;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creating console users and checking their passwords, with throttling. Thread-safe.
 */
public final class Accounts {
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final UserStore users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SecureRandom random;
    private final Clock clock;

    public Accounts(UserStore users, PasswordHasher hasher, LoginThrottle throttle, SecureRandom random, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.random = random;
        this.clock = clock;
    }

    /** Outcome of a login attempt. */
    public enum LoginResult { OK, BAD_CREDENTIALS, THROTTLED }

    /** The user if the password is right; {@code THROTTLED} once too many attempts failed. */
    public LoginResult login(String username, String password, String address, java.util.function.Consumer<User> onOk) {
        var name = username == null ? "" : username.trim();
        if (throttle.blocked(name, address)) {
            LOG.warn("Login refused: too many failures for this user name or address");
            return LoginResult.THROTTLED;
        }
        var user = users.find(name);
        var pw = password == null ? "" : password;
        if (user.isEmpty()) {
            hasher.burn(pw);
        }
        if (user.isEmpty() || !hasher.verify(pw, user.get().passwordHash())) {
            throttle.failure(name, address);
            LOG.warn("Login failed for a console user name");
            return LoginResult.BAD_CREDENTIALS;
        }
        throttle.success(name);
        onOk.accept(user.get());
        return LoginResult.OK;
    }

    /**
     * When there are no users at all, creates {@code admin} with a random password and returns that password
     * once, for the operator to read from the console log of the first start. Empty when users exist.
     */
    public Optional<String> bootstrapAdmin() {
        var password = randomPassword(20);
        var created = users.insertIfEmpty(new User("admin", hasher.hash(password), Role.ADMIN, null, clock.instant()));
        if (created) {
            LOG.info("Created the first console user 'admin'");
        }
        return created ? Optional.of(password) : Optional.empty();
    }

    public User create(String username, String password, Role role, String siteCode) {
        Check.that(password != null && password.length() >= 12, "password", "must be at least 12 characters");
        Check.that(users.find(username).isEmpty(), "username", "already exists");
        var user = new User(username, hasher.hash(password), role, siteCode, clock.instant());
        users.save(user);
        return user;
    }

    public String randomPassword(int length) {
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public UserStore users() {
        return users;
    }
}
