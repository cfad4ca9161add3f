package id.pita.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.Vendor;
import id.pita.engine.access.RateReply;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.engine.radius.vendor.ReplyEncoder;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The simulated gateways read back exactly what Pita's own encoder writes, per vendor. */
class RateAttributesTest {
    private static final RateReply REPLY = new RateReply(Bandwidth.mbps(20, 2.5), Bandwidth.mbps(10, 1),
            Optional.of(Duration.ofHours(2)), Optional.empty(), Duration.ofMinutes(5), Optional.empty(), "");

    @Test
    void mikrotikRateLimitIsReadAsRxUploadSlashTxDownload() {
        assertThat(RateAttributes.mikrotik("512k/2M 0/0 0/0 0/0 8 256k/1M"))
                .isEqualTo(new Bandwidth(2_000_000, 512_000));
        assertThat(RateAttributes.mikrotik("1500/19997994")).isEqualTo(new Bandwidth(19_997_994, 1_500));
    }

    @Test
    void readsBackWhatPitasEncoderWritesForEachVendor() {
        var encoder = new ReplyEncoder();
        for (var vendor : new Vendor[] {Vendor.MIKROTIK, Vendor.COOVACHILLI, Vendor.GENERIC}) {
            var coa = RadiusPacket.of(PacketCode.COA_REQUEST, 1, encoder.encodeCoa(vendor, REPLY));
            assertThat(RateAttributes.read(vendor, coa)).as(vendor.name()).hasValue(Bandwidth.mbps(20, 2.5));
        }
    }

    @Test
    void chilliBandwidthInKilobitsWinsOverWispr() {
        var accept = RadiusPacket.of(PacketCode.ACCESS_ACCEPT, 1, new ReplyEncoder().encode(Vendor.COOVACHILLI,
                new RateReply(new Bandwidth(1_000_500, 300_000), Bandwidth.ZERO, Optional.empty(), Optional.empty(),
                        Duration.ofMinutes(5), Optional.empty(), "")));
        // ChilliSpot-Bandwidth-Max-Down is rounded up to whole kbit/s: 1001 kbit/s
        assertThat(RateAttributes.read(Vendor.COOVACHILLI, accept)).hasValue(new Bandwidth(1_001_000, 300_000));
    }

    @Test
    void noRateAttributesMeansNoRate() {
        assertThat(RateAttributes.read(Vendor.MIKROTIK, RadiusPacket.of(PacketCode.COA_REQUEST, 1,
                java.util.List.of()))).isEmpty();
    }
}
