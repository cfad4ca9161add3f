package id.pita.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.testing.MutableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class AccountsTest {
    private static final String PW = "a-long-password-1";
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T00:00:00Z"));
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final SessionStore sessions = new SessionStore(new InMemorySessionRows(), users, clock, new SecureRandom(),
            Duration.ofMinutes(15), Duration.ofHours(12));
    private final List<String> events = new ArrayList<>();
    private final MemoryLoginState state = new MemoryLoginState();
    private final Accounts accounts = new Accounts(users, new PasswordHasher(new SecureRandom()),
            new LoginThrottle(clock, state), state, sessions, (actor, action, entity, address, detail) ->
            events.add(action + " " + actor + " " + address), new SecureRandom(), clock);
    private final Actor admin = new Actor("boss", Role.ADMIN, null, "10.0.0.1");

    @Test
    void bootstrapPasswordWorksOnceAndLeadsOnlyToThePasswordChange() {
        var first = accounts.bootstrapAdmin();
        assertThat(first).isPresent();
        assertThat(first.get()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(accounts.bootstrapAdmin()).isEmpty();
        var login = accounts.login("admin", first.get(), null, "127.0.0.1");
        assertThat(login.result()).isEqualTo(Accounts.Result.OK);
        var session = sessions.create(login.user(), "127.0.0.1", "test");
        assertThat(session.restriction()).isEqualTo(ConsoleSession.Restriction.CHANGE_PASSWORD);
        // Used up by that log-in: the printed password does not work a second time.
        assertThat(accounts.login("admin", first.get(), null, "127.0.0.1").result())
                .isEqualTo(Accounts.Result.BAD_CREDENTIALS);
        accounts.changePassword(session, null, "my own new password");
        var after = sessions.touch(session.token(), false).orElseThrow();
        assertThat(after.restriction()).isEqualTo(ConsoleSession.Restriction.ENROL_TOTP); // an admin: TOTP next
        assertThat(accounts.login("admin", "my own new password", null, "127.0.0.1").ok()).isTrue();
        assertThat(events).contains("login.success admin 127.0.0.1", "password.change admin 127.0.0.1",
                "login.failure admin 127.0.0.1");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
        var u = accounts.create("opd1", PW, Role.OPD, "bappeda");
        var a = sessions.create(u, "10.0.0.2", "phone");
        var b = sessions.create(u, "10.0.0.3", "laptop");
        assertThatThrownBy(() -> accounts.changePassword(a, "wrong", "another long password"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("currentPassword");
        assertThatThrownBy(() -> accounts.changePassword(a, PW, "short")).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> accounts.changePassword(a, PW, "xxopd1-is-my-name")).hasMessageContaining("user name");
        var longest = "ä ".repeat(64); // 128 characters, spaces and non-ASCII included
        accounts.changePassword(a, PW, longest);
        assertThat(accounts.login("opd1", longest, null, "10.0.0.2").ok()).isTrue();
        assertThat(accounts.login("opd1", longest + "x", null, "10.0.0.2").ok()).as("not truncated").isFalse();
        assertThatThrownBy(() -> accounts.changePassword(a, longest, longest + "x")).hasMessageContaining("at most");
        accounts.changePassword(a, longest, "another long password");
        assertThat(sessions.touch(a.token(), false)).isPresent();
        assertThat(sessions.touch(b.token(), false)).isEmpty();
    }

    @Test
    void anAdminResetGivesAOneTimePasswordAndEndsEverySession() {
        var u = accounts.create("viewer1", PW, Role.VIEWER, null);
        var s = sessions.create(u, "10.0.0.2", "x");
        var temp = accounts.reset(admin, "viewer1");
        assertThat(sessions.touch(s.token(), false)).isEmpty();
        assertThat(accounts.login("viewer1", PW, null, "10.0.0.2").result()).isEqualTo(Accounts.Result.BAD_CREDENTIALS);
        assertThat(accounts.login("viewer1", temp, null, "10.0.0.2").ok()).isTrue();
        assertThat(accounts.login("viewer1", temp, null, "10.0.0.2").ok()).isFalse();
        assertThat(users.find("viewer1").orElseThrow().mustChangePassword()).isTrue();
        assertThat(events).contains("user.reset boss 10.0.0.1");
    }

    @Test
    void disabledOrDeletedUsersCannotLogInAndLoseTheirSessions() {
        accounts.create("boss", PW, Role.ADMIN, null);
        var u = accounts.create("opd1", PW, Role.OPD, "bappeda");
        var s = sessions.create(u, "10.0.0.2", "x");
        accounts.setDisabled(admin, "opd1", true);
        assertThat(sessions.touch(s.token(), false)).isEmpty();
        assertThat(accounts.login("opd1", PW, null, "10.0.0.2").ok()).isFalse();
        accounts.setDisabled(admin, "opd1", false);
        assertThat(accounts.login("opd1", PW, null, "10.0.0.9").ok()).isTrue();
        accounts.delete(admin, "opd1");
        assertThat(users.find("opd1")).isEmpty();
        assertThatThrownBy(() -> accounts.delete(admin, "boss")).hasMessageContaining("yourself");
    }

    @Test
    void theLastAdminCannotBeDisabledOrDemoted() {
        accounts.create("root", PW, Role.ADMIN, null);
        assertThatThrownBy(() -> accounts.setDisabled(admin, "root", true)).hasMessageContaining("last active admin");
        assertThatThrownBy(() -> accounts.changeRole(admin, "root", Role.VIEWER, null))
                .hasMessageContaining("last active admin");
    }

    @Test
    void aRoleChangeEndsTheUsersSessions() {
        var u = accounts.create("opd1", PW, Role.OPD, "bappeda");
        var s = sessions.create(u, "10.0.0.2", "x");
        accounts.changeRole(admin, "opd1", Role.VIEWER, null);
        assertThat(sessions.touch(s.token(), false)).isEmpty();
        assertThat(users.find("opd1").orElseThrow().role()).isEqualTo(Role.VIEWER);
        assertThat(events).contains("user.role boss 10.0.0.1");
    }

    @Test
    void aHashWithFewerIterationsIsRenewedAtTheNextLogIn() throws Exception {
        var salt = new byte[16];
        var spec = new PBEKeySpec(PW.toCharArray(), salt, 210_000, 256);
        var old = "pbkdf2$210000$" + Base64.getEncoder().withoutPadding().encodeToString(salt) + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(SecretKeyFactory
                .getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        users.save(new User("old", old, Role.VIEWER, null, clock.instant()));
        assertThat(accounts.login("old", PW, null, "10.0.0.2").ok()).isTrue();
        assertThat(users.find("old").orElseThrow().passwordHash()).startsWith("pbkdf2$600000$");
        assertThat(accounts.login("old", PW, null, "10.0.0.2").ok()).isTrue();
    }

    @Test
    void aSecondFactorIsAskedForAndACodeOrRecoveryCodeWorksOnce() {
        var u = accounts.create("boss", PW, Role.ADMIN, null);
        var s = sessions.create(u, "10.0.0.1", "x");
        var secret = Totp.newSecret(new SecureRandom());
        assertThatThrownBy(() -> accounts.enrolTotp(s, PW, secret, wrongCode(secret, clock.instant())))
                .hasMessageContaining("code");
        var codes = accounts.enrolTotp(s, PW, secret, Totp.code(secret, clock.instant()));
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        clock.advance(Duration.ofSeconds(30));
        var first = accounts.login("boss", PW, null, "10.0.0.1");
        assertThat(first.result()).isEqualTo(Accounts.Result.OTP_REQUIRED);
        var code = Totp.code(secret, clock.instant());
        assertThat(accounts.secondStep(first.pendingToken(), wrongCode(secret, clock.instant()), "10.0.0.1")
                .result()).isEqualTo(Accounts.Result.BAD_OTP);
        assertThat(accounts.secondStep(first.pendingToken(), code, "10.0.0.1").ok()).isTrue();
        // The same code again (a replay) is refused even within its 30 seconds.
        assertThat(accounts.login("boss", PW, code, "10.0.0.1").result()).isEqualTo(Accounts.Result.BAD_OTP);
        assertThat(accounts.login("boss", PW, codes.get(0), "10.0.0.5").ok()).isTrue();
        assertThat(accounts.login("boss", PW, codes.get(0), "10.0.0.6").ok()).isFalse();
        assertThat(accounts.recoveryCodesLeft("boss")).isEqualTo(9);
    }

    /**
     * A six-digit code that no step accepted at {@code at} (that one and one either side) produces. A fixed
     * "wrong" code is the right code of a random secret about three times in a million (the previous step's too:
     * "123456" was checked against the current step only).
     */
    private static String wrongCode(String secret, Instant at) {
        var accepted = java.util.Set.of(Totp.code(secret, at.minusSeconds(Totp.STEP_SECONDS)), Totp.code(secret, at),
                Totp.code(secret, at.plusSeconds(Totp.STEP_SECONDS)));
        for (int i = 123_456; ; i++) {
            var candidate = String.format(java.util.Locale.ROOT, "%06d", i % 1_000_000);
            if (!accepted.contains(candidate)) {
                return candidate;
            }
        }
    }

    @Test
    void userToStringHidesTheHash() {
        var u = accounts.create("opd1", PW, Role.OPD, "bappeda");
        assertThat(u.toString()).doesNotContain("pbkdf2");
    }
}
