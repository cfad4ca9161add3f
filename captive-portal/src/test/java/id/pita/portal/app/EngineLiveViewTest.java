package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The live view's bit/s from an hour's bytes: a gateway may claim counters up to 2^63 bytes (Acct-Gigawords), and the
 * soak's fuzz sent one; {@code bytes * 8} in a long wrapped negative and the Bandwidth it built threw, failing /metrics
 * with 500 and every alert check.
 */
class EngineLiveViewTest {
    @Test
    void hugeCountersSaturateInsteadOfWrappingNegative() {
        assertThat(EngineLiveView.bitsPerSecond(Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(EngineLiveView.bitsPerSecond(Long.MAX_VALUE / 4, 1000)).isPositive();
        assertThat(EngineLiveView.bitsPerSecond(2_000_000_000_000_000_000L, 600)) // 2.7e16, within a double's precision
                .isBetween(26_666_666_666_666_000L, 26_666_666_666_667_000L);
    }

    @Test
    void ordinaryFiguresAndNothingNegative() {
        assertThat(EngineLiveView.bitsPerSecond(1_000_000, 8)).isEqualTo(1_000_000);
        assertThat(EngineLiveView.bitsPerSecond(0, 1)).isZero();
        assertThat(EngineLiveView.bitsPerSecond(-5, 1)).isZero();
    }
}
