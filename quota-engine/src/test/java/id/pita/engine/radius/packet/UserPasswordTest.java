package id.pita.engine.radius.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class UserPasswordTest {
    @Test
    void roundTripsEveryLengthUpTo128() {
        var rnd = new Random(42);
        var secret = "s3cr3t".getBytes();
        for (int len = 1; len <= 128; len++) {
            var pw = new byte[len];
            for (int i = 0; i < len; i++) {
                pw[i] = (byte) (1 + rnd.nextInt(255)); // no NUL: padding is stripped
            }
            var auth = new byte[16];
            rnd.nextBytes(auth);
            var hidden = UserPassword.hide(pw, secret, auth);
            assertThat(hidden.length).isEqualTo(Math.max(16, (len + 15) / 16 * 16));
            assertThat(UserPassword.unhide(hidden, secret, auth)).isEqualTo(pw);
        }
    }

    @Test
    void rejectsPasswordsOver128AndHiddenValuesNotBlocksOf16() {
        assertThatThrownBy(() -> UserPassword.hide(new byte[129], new byte[1], new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserPassword.unhide(new byte[17], new byte[1], new byte[16]))
                .isInstanceOf(RadiusDecodeException.class);
        assertThatThrownBy(() -> UserPassword.unhide(new byte[144], new byte[1], new byte[16]))
                .isInstanceOf(RadiusDecodeException.class);
    }

    @Test
    void matchesComparesWholePaddedValuesIncludingTheLength() {
        var b = java.nio.charset.StandardCharsets.UTF_8;
        assertThat(UserPassword.matches("sandi-kantor".getBytes(b), "sandi-kantor".getBytes(b))).isTrue();
        assertThat(UserPassword.matches("sandi-kantor".getBytes(b), "sandi-kantor2".getBytes(b))).isFalse();
        assertThat(UserPassword.matches("sandi".getBytes(b), "sandi\0".getBytes(b))).as("a trailing NUL is not padding")
                .isFalse();
        assertThat(UserPassword.matches(new byte[0], new byte[0])).isTrue();
        assertThat(UserPassword.matches(new byte[200], new byte[200])).as("longer than PAP allows").isFalse();
    }
}
