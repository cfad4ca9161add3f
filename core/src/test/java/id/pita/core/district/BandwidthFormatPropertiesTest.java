package id.pita.core.district;

import static id.pita.core.testing.PropertyCheck.between;
import static id.pita.core.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link Bandwidth#format} formats in integers now; it must read exactly as the {@code String.format("%.2f")} and
 * trimming it replaced ({@code trim}) on every scale, and on the values where rounding half up matters.
 */
class BandwidthFormatPropertiesTest {
    /** The way it was before 2026-12-01. */
    private static String old(long bps) {
        if (bps >= 1_000_000 && bps % 10_000 == 0) {
            return Bandwidth.trim(bps / 1_000_000.0) + "M";
        }
        if (bps >= 1_000) {
            return Bandwidth.trim(bps / 1_000.0) + "k";
        }
        return Long.toString(bps);
    }

    @Test
    void readsAsTheStringFormatItReplaced() {
        forAll("formats as String.format did", 2204L, 20_000, r -> {
            long scale = (long) Math.pow(10, between(r, 0, 15));
            long bps = switch (r.nextInt(4)) {
                case 0 -> between(r, 0, 10 * scale);
                case 1 -> between(r, 0, scale) * 10_000;
                case 2 -> between(r, 0, scale) * 10 + 5;
                default -> between(r, 0, scale) * 1_000;
            };
            return bps;
        }, bps -> assertThat(Bandwidth.format(bps)).isEqualTo(old(bps)));
    }

    @Test
    void examples() {
        assertThat(Bandwidth.format(2_500_000)).isEqualTo("2.5M");
        assertThat(Bandwidth.format(512_000)).isEqualTo("512k");
        assertThat(Bandwidth.format(1_005)).isEqualTo(old(1_005));
        assertThat(Bandwidth.format(10_050_000)).isEqualTo("10.05M");
        assertThat(Bandwidth.format(999)).isEqualTo("999");
        assertThat(Bandwidth.format(Long.MAX_VALUE)).isEqualTo(old(Long.MAX_VALUE));
    }
}
