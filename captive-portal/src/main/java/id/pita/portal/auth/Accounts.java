package id.pita.portal.auth;

import id.pita.core.Check;
import id.pita.core.InvalidValueException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's credential life cycle: log-in (password, then a TOTP code or a recovery code when the user has a
 * second factor) with throttling per (user, address); the bootstrap admin; users created, disabled, deleted,
 * reset and re-roled by an admin; passwords changed by their owner; second factors enrolled. A password set by
 * someone else (bootstrap, creation, reset) is used up by its first log-in, which leads only to the
 * change-password page. Any password or role change ends the user's other sessions. Every outcome goes to
 * {@link SecurityEvents}. Authorisation (who may call the admin methods) is the console service's. Thread-safe.
 */
public final class Accounts {
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 128;
    private static final Duration PENDING_TTL = Duration.ofMinutes(5);
    private static final int RECOVERY_CODES = 10;
    private final UserStore users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SessionStore sessions;
    private final SecurityEvents events;
    private final SecureRandom random;
    private final Clock clock;
    /** Log-ins whose password was right, waiting for the second factor (in the store: any node takes step two). */
    private final LoginState pending;

    public Accounts(UserStore users, PasswordHasher hasher, LoginThrottle throttle, LoginState pending,
                    SessionStore sessions, SecurityEvents events, SecureRandom random, Clock clock) {
        this.pending = pending;
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.events = events;
        this.random = random;
        this.clock = clock;
    }

    /** What a log-in attempt came to. */
    public enum Result { OK, BAD_CREDENTIALS, THROTTLED, OTP_REQUIRED, BAD_OTP }

    /**
     * @param user         set when OK
     * @param pendingToken set when OTP_REQUIRED: the second step sends it back with the code
     * @param retryAfter   set when THROTTLED
     */
    public record Outcome(Result result, User user, String pendingToken, Duration retryAfter) {
        public boolean ok() {
            return result == Result.OK;
        }
    }

    /**
     * Checks a user name and password, and the second factor if the user has one: {@code otp} may be a six-digit
     * code or a recovery code; when it is absent the outcome is OTP_REQUIRED with a token for {@link #secondStep}.
     */
    public Outcome login(String username, String password, String otp, String address) {
        var name = username == null ? "" : username.trim();
        if (name.length() > 100) {
            name = name.substring(0, 100);
        }
        var wait = throttle.wait(name, address);
        if (wait.isPresent()) {
            LOG.warn("Console log-in of {} from {} refused: throttled for {} s more", name, address,
                    wait.get().toSeconds() + 1);
            events.record(name, "login.throttled", "user:" + name, address, "");
            return new Outcome(Result.THROTTLED, null, null, wait.get());
        }
        var user = users.find(name);
        var pw = password == null ? "" : password;
        // Never truncated (ASVS 2.1.3): a password longer than any we store is simply wrong, at the same cost.
        boolean tooLong = pw.length() > MAX_PASSWORD;
        if (user.isEmpty() || tooLong) {
            hasher.burn(tooLong ? pw.substring(0, MAX_PASSWORD) : pw);
        }
        if (user.isEmpty() || tooLong || !hasher.verify(pw, user.get().passwordHash()) || user.get().disabled()) {
            return fail(name, address, user.isPresent() && user.get().disabled() ? "disabled" : "password");
        }
        var u = user.get();
        if (u.hasTotp()) {
            if (otp == null || otp.isBlank()) {
                var token = randomPassword(32);
                pending.putPending(token, new LoginState.Pending(u.username(), address,
                        clock.instant().plus(PENDING_TTL)), clock.instant());
                return new Outcome(Result.OTP_REQUIRED, null, token, null);
            }
            if (!secondFactor(u, otp)) {
                return fail(name, address, "otp");
            }
        }
        return succeed(u, pw, address);
    }

    /** The second step of a form log-in: the pending token from the first step and a code. */
    public Outcome secondStep(String pendingToken, String otp, String address) {
        var p = pendingToken == null || pendingToken.length() > 100 ? null
                : pending.pending(pendingToken).orElse(null);
        if (p == null || p.expires().isBefore(clock.instant()) || !p.address().equals(address)) {
            return new Outcome(Result.BAD_CREDENTIALS, null, null, null);
        }
        var wait = throttle.wait(p.username(), address);
        if (wait.isPresent()) {
            return new Outcome(Result.THROTTLED, null, null, wait.get());
        }
        var user = users.find(p.username()).filter(u -> !u.disabled());
        if (user.isEmpty() || !secondFactor(user.get(), otp)) {
            var o = fail(p.username(), address, "otp");
            return new Outcome(Result.BAD_OTP, null, pendingToken, o.retryAfter());
        }
        if (!pending.takePending(pendingToken)) {
            return new Outcome(Result.BAD_CREDENTIALS, null, null, null); // another request took this step meanwhile
        }
        return succeed(user.get(), null, address);
    }

    private Outcome fail(String name, String address, String why) {
        throttle.failure(name, address);
        LOG.warn("Console log-in failed for {} from {} ({})", name, address, why);
        events.record(name, "login.failure", "user:" + name, address, new JsonObject().put("reason", why)
                .put("failures", throttle.failures(name, address)).encode());
        return new Outcome(why.equals("otp") ? Result.BAD_OTP : Result.BAD_CREDENTIALS, null, null, null);
    }

    private Outcome succeed(User user, String password, String address) {
        throttle.success(user.username(), address);
        var u = user;
        if (u.mustChangePassword()) {
            // A password someone else set is good for this one log-in only.
            u = u.withPassword("used$" + randomPassword(24), true);
            users.save(u);
        } else if (password != null && hasher.needsRehash(u.passwordHash())) {
            u = u.withPassword(hasher.hash(password), false);
            users.save(u);
            LOG.info("Password hash of {} renewed at {} iterations", u.username(), PasswordHasher.MIN_ITERATIONS);
        }
        LOG.info("Console log-in of {} from {}", u.username(), address);
        events.record(u.username(), "login.success", "user:" + u.username(), address, "");
        return new Outcome(Result.OK, u, null, null);
    }

    private boolean secondFactor(User u, String otp) {
        var code = otp.trim();
        var step = Totp.matchingStep(u.totpSecret(), code, clock.instant());
        if (step.isPresent()) {
            return users.advanceTotpStep(u.username(), step.getAsLong());
        }
        if (code.length() >= 8 && code.length() <= 20 && users.useRecoveryCode(u.username(), sha256(normalise(code)))) {
            LOG.info("Recovery code used by {} ({} left)", u.username(), users.recoveryCodesLeft(u.username()));
            events.record(u.username(), "totp.recovery-used", "user:" + u.username(), "", "");
            return true;
        }
        return false;
    }

    /** Re-authentication before a sensitive change: the actor's own current password (not throttle-free). */
    public void reauthenticate(Actor actor, String password) {
        var wait = throttle.wait(actor.username(), actor.address());
        var user = users.find(actor.username());
        if (wait.isEmpty() && user.isPresent() && password != null && hasher.verify(password,
                user.get().passwordHash())) {
            return;
        }
        events.record(actor.username(), "reauth.failure", "user:" + actor.username(), actor.address(), "");
        if (wait.isPresent()) {
            throw new InvalidValueException("currentPassword", "was wrong too often: try again in "
                    + (wait.get().toSeconds() + 1) + " s");
        }
        // Counted like a failed log-in: a stolen session must not make the prompt a password oracle.
        throttle.failure(actor.username(), actor.address());
        throw new InvalidValueException("currentPassword", "is wrong (re-enter your own password to confirm)");
    }

    /**
     * When there are no users at all, creates {@code admin} with a random password and returns that password
     * once, for the operator to read from the console log of the first start. It must be changed at the first
     * log-in. Empty when users exist.
     */
    public Optional<String> bootstrapAdmin() {
        var password = randomPassword(20);
        var created = users.insertIfEmpty(new User("admin", hasher.hash(password), Role.ADMIN, null, clock.instant(),
                false, true, null));
        if (created) {
            LOG.info("Created the first console user 'admin' (password must be changed at first log-in)");
            events.record("system", "user.create", "user:admin", "", new JsonObject().put("role", "ADMIN").encode());
        }
        return created ? Optional.of(password) : Optional.empty();
    }

    /** Creates a user with a password the user chose (tests, the command line). */
    public User create(String username, String password, Role role, String siteCode) {
        checkPassword(username, password);
        Check.that(users.find(username).isEmpty(), "username", "already exists");
        var user = new User(username, hasher.hash(password), role, siteCode, clock.instant());
        users.save(user);
        return user;
    }

    /** Creates a user with a one-time random password, returned once; it must be changed at first log-in. */
    public String createWithTemporaryPassword(Actor admin, String username, Role role, String siteCode) {
        Check.code("username", username);
        Check.that(users.find(username).isEmpty(), "username", "already exists");
        var password = randomPassword(16);
        users.save(new User(username, hasher.hash(password), role, siteCode, clock.instant(), false, true, null));
        events.record(admin.username(), "user.create", "user:" + username, admin.address(), new JsonObject()
                .put("role", role.name()).put("siteCode", siteCode).encode());
        return password;
    }

    /**
     * The owner changes the password. {@code current} is required unless the session is the one-time log-in of a
     * password someone else set (its password is already used up). Ends the user's other sessions.
     */
    public void changePassword(ConsoleSession session, String current, String next) {
        var user = existing(session.actor().username());
        if (!user.mustChangePassword() && (current == null || !hasher.verify(current, user.passwordHash()))) {
            throttle.failure(user.username(), session.actor().address());
            events.record(user.username(), "password.change-failure", "user:" + user.username(),
                    session.actor().address(), "");
            throw new InvalidValueException("currentPassword", "is wrong");
        }
        checkPassword(user.username(), next);
        if (current != null && current.equals(next)) {
            throw new InvalidValueException("newPassword", "must differ from the current one");
        }
        users.save(user.withPassword(hasher.hash(next), false));
        sessions.endOthers(user.username(), session);
        events.record(user.username(), "password.change", "user:" + user.username(), session.actor().address(), "");
    }

    /** An admin resets a user's password: a random one-time password, returned once; all its sessions end. */
    public String reset(Actor admin, String username) {
        var user = existing(username);
        var password = randomPassword(16);
        users.save(user.withPassword(hasher.hash(password), true));
        sessions.endOthers(username, null);
        events.record(admin.username(), "user.reset", "user:" + username, admin.address(), "");
        return password;
    }

    public void setDisabled(Actor admin, String username, boolean disabled) {
        var user = existing(username);
        Check.that(!username.equals(admin.username()), "username", "you cannot disable yourself");
        if (disabled) {
            requireAnotherAdmin(user);
        }
        users.save(user.withDisabled(disabled));
        if (disabled) {
            sessions.endOthers(username, null);
        }
        events.record(admin.username(), disabled ? "user.disable" : "user.enable", "user:" + username,
                admin.address(), new JsonObject().put("disabled", new JsonObject().put("before", user.disabled())
                        .put("after", disabled)).encode());
    }

    public void delete(Actor admin, String username) {
        var user = existing(username);
        Check.that(!username.equals(admin.username()), "username", "you cannot delete yourself");
        requireAnotherAdmin(user);
        sessions.endOthers(username, null);
        users.delete(username);
        events.record(admin.username(), "user.delete", "user:" + username, admin.address(), new JsonObject()
                .put("role", user.role().name()).put("siteCode", user.siteCode()).encode());
    }

    /** Changes a user's role (and site); the user's sessions end. */
    public void changeRole(Actor admin, String username, Role role, String siteCode) {
        var user = existing(username);
        if (user.role() == Role.ADMIN && role != Role.ADMIN) {
            Check.that(!username.equals(admin.username()), "role", "you cannot take away your own admin role");
            requireAnotherAdmin(user);
        }
        var changed = user.withRole(role, siteCode);
        users.save(changed);
        sessions.endOthers(username, null);
        events.record(admin.username(), "user.role", "user:" + username, admin.address(), new JsonObject()
                .put("role", new JsonObject().put("before", user.role().name()).put("after", role.name()))
                .put("siteCode", new JsonObject().put("before", user.siteCode()).put("after", changed.siteCode()))
                .encode());
    }

    /**
     * Enrols a second factor: {@code secret} (from {@link Totp#newSecret}) is kept once {@code code} proves the
     * user's app has it; returns the recovery codes, shown once (only their hashes are kept).
     */
    public List<String> enrolTotp(ConsoleSession session, String currentPassword, String secret, String code) {
        var user = existing(session.actor().username());
        if (currentPassword == null || !hasher.verify(currentPassword, user.passwordHash())) {
            throttle.failure(user.username(), session.actor().address());
            throw new InvalidValueException("currentPassword", "is wrong");
        }
        Check.that(secret != null && secret.matches("[A-Z2-7]{32}"), "secret", "must be the 32-letter Base32 secret");
        var step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw new InvalidValueException("code", "does not match: check the time on your phone and type the code "
                    + "your app shows now");
        }
        users.save(user.withTotp(secret));
        users.advanceTotpStep(user.username(), step.getAsLong());
        var codes = new ArrayList<String>();
        var hashes = new ArrayList<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            var c = randomPassword(5).toLowerCase(Locale.ROOT) + "-" + randomPassword(5).toLowerCase(Locale.ROOT);
            codes.add(c);
            hashes.add(sha256(normalise(c)));
        }
        users.replaceRecoveryCodes(user.username(), hashes);
        sessions.endOthers(user.username(), session);
        events.record(user.username(), "totp.enrol", "user:" + user.username(), session.actor().address(), "");
        return codes;
    }

    public int recoveryCodesLeft(String username) {
        return users.recoveryCodesLeft(username);
    }

    private void requireAnotherAdmin(User user) {
        if (user.role() != Role.ADMIN) {
            return;
        }
        long others = users.all().stream().filter(u -> u.role() == Role.ADMIN && !u.disabled()
                && !u.username().equals(user.username())).count();
        Check.that(others > 0, "username", "is the last active admin");
    }

    private User existing(String username) {
        return users.find(username).orElseThrow(() -> new InvalidValueException("username", "no such user"));
    }

    /** ASVS 2.1: at least 12 and at most 128 characters, any characters, not the user name. */
    static void checkPassword(String username, String password) {
        Check.that(password != null && password.codePointCount(0, password.length()) >= MIN_PASSWORD, "newPassword",
                "must be at least " + MIN_PASSWORD + " characters");
        Check.that(password.length() <= MAX_PASSWORD, "newPassword", "must be at most " + MAX_PASSWORD + " characters");
        Check.that(!password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT)), "newPassword",
                "must not contain the user name");
    }

    public String randomPassword(int length) {
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String normalise(String code) {
        return code.trim().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public UserStore users() {
        return users;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public Clock clock() {
        return clock;
    }
}
