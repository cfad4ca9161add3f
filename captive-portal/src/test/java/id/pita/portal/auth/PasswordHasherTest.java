package id.pita.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(new SecureRandom());

    @Test
    void storesIterationsSaltAndHash() {
        var stored = hasher.hash("rahasia-sekali-123");
        var parts = stored.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(stored).doesNotContain("rahasia");
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        var stored = hasher.hash("rahasia-sekali-123");
        assertThat(hasher.verify("rahasia-sekali-123", stored)).isTrue();
        assertThat(hasher.verify("rahasia-sekali-124", stored)).isFalse();
        assertThat(hasher.verify("rahasia-sekali-123", "garbage")).isFalse();
    }

    @Test
    void saltsDiffer() {
        assertThat(hasher.hash("same")).isNotEqualTo(hasher.hash("same"));
    }

    @Test
    void refusesTooFewIterations() {
        assertThatThrownBy(() -> new PasswordHasher(new SecureRandom(), 1000)).hasMessageContaining("600000");
    }
}
