package id.pita.engine.radius.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.Vendor;
import id.pita.engine.access.RateReply;
import id.pita.engine.radius.packet.RadiusAttribute;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the exact bytes each gateway gets (GATEWAYS.md). */
class ReplyEncoderTest {
    static final Bandwidth TWO_M_DOWN_512K_UP = new Bandwidth(2_000_000, 512_000);
    final ReplyEncoder encoder = new ReplyEncoder();

    static RateReply reply(Bandwidth guaranteed, Optional<Long> remaining, String className) {
        return new RateReply(TWO_M_DOWN_512K_UP, guaranteed, Optional.of(Duration.ofMinutes(90)),
                Optional.of(Duration.ofMinutes(10)), Duration.ofSeconds(30), remaining, className);
    }

    static String hex(List<RadiusAttribute> attrs) {
        return attrs.stream().map(a -> String.format("%02x%02x", a.type(), a.wireLength())
                + HexFormat.of().formatHex(a.value())).collect(Collectors.joining(" "));
    }

    @Test
    void mikrotikRateLimitIsRxSlashTxFromTheRoutersSide() {
        assertThat(MikrotikRateLimit.format(TWO_M_DOWN_512K_UP, Bandwidth.ZERO))
                .as("limit-at always written: omitted min rates would equal the max rates")
                .isEqualTo("512k/2M 0/0 0/0 0/0 8 0/0");
        assertThat(MikrotikRateLimit.format(TWO_M_DOWN_512K_UP, new Bandwidth(1_000_000, 256_000)))
                .isEqualTo("512k/2M 0/0 0/0 0/0 8 256k/1M");
        assertThat(MikrotikRateLimit.format(new Bandwidth(2_500_000, 1_234), Bandwidth.ZERO))
                .isEqualTo("1234/2500k 0/0 0/0 0/0 8 0/0");
    }

    @Test
    void mikrotikAcceptCarriesRateLimitTotalLimitWithGigawordsTimeoutsAndClass() {
        long fiveGiB = 5L * 1024 * 1024 * 1024 + 7; // 1 gigaword + 1 GiB + 7
        var attrs = encoder.encode(Vendor.MIKROTIK, reply(Bandwidth.ZERO, Optional.of(fiveGiB), "c1"));
        assertThat(hex(attrs)).isEqualTo(String.join(" ",
                "1a21" + "00003a8c" + "081b"                       // VSA 14988/8 Mikrotik-Rate-Limit
                        + "3531326b2f324d20302f3020302f3020302f30203820302f30", // "512k/2M 0/0 0/0 0/0 8 0/0"
                "1a0c" + "00003a8c" + "1106" + "40000007",         // Mikrotik-Total-Limit low 32 bits
                "1a0c" + "00003a8c" + "1206" + "00000001",         // Mikrotik-Total-Limit-Gigawords = 1
                "1b06" + "00001518",                               // Session-Timeout 5400 s
                "1c06" + "00000258",                               // Idle-Timeout 600 s
                "5506" + "0000001e",                               // Acct-Interim-Interval 30 s
                "1904" + "6331"));                                 // Class "c1"
    }

    @Test
    void chilliAcceptCarriesKbpsAndBpsRatesTotalOctetsAndInterimAtLeast60() {
        var attrs = encoder.encode(Vendor.COOVACHILLI, reply(Bandwidth.ZERO, Optional.of(1_000_000L), ""));
        assertThat(hex(attrs)).isEqualTo(String.join(" ",
                "1a0c" + "000038df" + "0406" + "00000200",         // ChilliSpot-Bandwidth-Max-Up 512 kbit/s
                "1a0c" + "000038df" + "0506" + "000007d0",         // ChilliSpot-Bandwidth-Max-Down 2000 kbit/s
                "1a0c" + "0000372a" + "0706" + "0007d000",         // WISPr-Bandwidth-Max-Up 512000 bit/s
                "1a0c" + "0000372a" + "0806" + "001e8480",         // WISPr-Bandwidth-Max-Down 2000000 bit/s
                "1a0c" + "000038df" + "0306" + "000f4240",         // ChilliSpot-Max-Total-Octets 1000000
                "1b06" + "00001518",                               // Session-Timeout 5400
                "1c06" + "00000258",                               // Idle-Timeout 600
                "5506" + "0000003c"));                             // Acct-Interim-Interval raised to 60
    }

    @Test
    void genericGetsWisprOnly() {
        var attrs = encoder.encode(Vendor.GENERIC, new RateReply(TWO_M_DOWN_512K_UP, Bandwidth.ZERO,
                Optional.empty(), Optional.empty(), Duration.ofSeconds(300), Optional.of(5L), ""));
        assertThat(hex(attrs)).isEqualTo(String.join(" ",
                "1a0c" + "0000372a" + "0706" + "0007d000",
                "1a0c" + "0000372a" + "0806" + "001e8480",
                "5506" + "0000012c"));
    }

    @Test
    void chilliCoaCarriesTheCompleteSetSinceOmittedAttributesResetToUnlimited() {
        var reply = reply(Bandwidth.ZERO, Optional.of(6L * (1L << 32)), "kelas");
        var coa = encoder.encodeCoa(Vendor.COOVACHILLI, reply);
        assertThat(coa).extracting(a -> a.type() + "/" + a.vendorId() + "/" + a.vendorType()).containsExactly(
                "26/14559/4", "26/14559/5", "26/14122/7", "26/14122/8", "26/14559/3", "26/14559/23",
                "27/-1/-1", "28/-1/-1", "85/-1/-1");
        assertThat(coa.get(4).asInt()).isZero();
        assertThat(coa.get(5).asInt()).isEqualTo(6);
    }

    @Test
    void mikrotikCoaCarriesOnlyWhatRouterOsCanChangeRateLimitAndIdleTimeout() {
        var coa = encoder.encodeCoa(Vendor.MIKROTIK, reply(new Bandwidth(1_000_000, 256_000), Optional.of(9L), "x"));
        assertThat(coa.get(0).asString()).isEqualTo("512k/2M 0/0 0/0 0/0 8 256k/1M");
        // no Acct-Interim-Interval (not changeable by CoA), no Session-Timeout (closing time is a Disconnect),
        // no Total-Limit (not changeable)
        assertThat(coa).extracting(RadiusAttribute::type).containsExactly(26, 28);
    }

    @Test
    void zeroRemainingBytesNeverBecomesUnlimited() {
        var attrs = encoder.encode(Vendor.COOVACHILLI, reply(Bandwidth.ZERO, Optional.of(0L), ""));
        assertThat(attrs.stream().filter(a -> a.vendorType() == 3).findFirst().orElseThrow().asInt()).isEqualTo(1);
        assertThat(ReplyEncoder.kbps(1)).isEqualTo(1);
    }
}
