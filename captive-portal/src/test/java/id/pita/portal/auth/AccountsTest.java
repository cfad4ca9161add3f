package id.pita.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.testing.MutableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AccountsTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T00:00:00Z"));
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final Accounts accounts = new Accounts(users, new PasswordHasher(new SecureRandom()),
            new LoginThrottle(clock, 5, Duration.ofMinutes(15)), new SecureRandom(), clock);

    @Test
    void bootstrapAdminCreatesARandomPasswordOnceOnly() {
        var first = accounts.bootstrapAdmin();
        assertThat(first).isPresent();
        assertThat(first.get()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(users.find("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(accounts.bootstrapAdmin()).isEmpty();
        var who = new AtomicReference<User>();
        assertThat(accounts.login("admin", first.get(), "127.0.0.1", who::set)).isEqualTo(Accounts.LoginResult.OK);
        assertThat(who.get().username()).isEqualTo("admin");
    }

    @Test
    void userToStringHidesTheHash() {
        var u = accounts.create("opd1", "a-long-password-1", Role.OPD, "bappeda");
        assertThat(u.toString()).doesNotContain("pbkdf2");
    }
}
