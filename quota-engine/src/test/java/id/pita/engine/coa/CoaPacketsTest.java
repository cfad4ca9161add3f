package id.pita.engine.coa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.district.Vendor;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.engine.radius.vendor.ReplyEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoaPacketsTest {
    private static final long MIKROTIK = 14988;
    private static final long CHILLI = 14559;
    private final CoaPackets packets = new CoaPackets(new ReplyEncoder());

    private RadiusPacket build(Vendor vendor, PushRequest request) {
        return packets.build(CoaFixtures.target(vendor, 3799), request);
    }

    private static String vsaText(RadiusPacket p, long vendor, int type) {
        return new String(p.vendorAttribute(vendor, type).orElseThrow().vendorValue(), StandardCharsets.UTF_8);
    }

    private static long vsaInt(RadiusPacket p, long vendor, int type) {
        var v = p.vendorAttribute(vendor, type).orElseThrow().vendorValue();
        return ((v[0] & 0xFFL) << 24) | ((v[1] & 0xFFL) << 16) | ((v[2] & 0xFFL) << 8) | (v[3] & 0xFFL);
    }

    @Test
    void mikrotikCoaIdentifiesSessionAndCarriesRateLimitFromRouterSide() {
        var p = build(Vendor.MIKROTIK, PushRequest.rateChange(CoaFixtures.session("warga-1"), CoaFixtures.rate()));
        assertThat(p.code()).isEqualTo(PacketCode.COA_REQUEST);
        assertThat(p.attribute(1).orElseThrow().asString()).isEqualTo("warga-1");
        assertThat(p.attribute(44).orElseThrow().asString()).isEqualTo("sid-warga-1");
        assertThat(p.attribute(31).orElseThrow().asString()).isEqualTo("AA-BB-CC-00-11-22");
        assertThat(p.attribute(8).orElseThrow().value()).containsExactly(10, 20, 0, 7);
        assertThat(vsaText(p, MIKROTIK, 8)).isEqualTo("512k/2M 0/0 0/0 0/0 8 256k/1M");
    }

    @Test
    void chilliCoaCarriesCompleteAttributeSet() {
        var p = build(Vendor.COOVACHILLI, PushRequest.rateChange(CoaFixtures.session("warga-1"),
                CoaFixtures.rate()));
        assertThat(p.attribute(1).orElseThrow().asString()).isEqualTo("warga-1");
        assertThat(vsaInt(p, CHILLI, 4)).as("ChilliSpot-Bandwidth-Max-Up kbit/s").isEqualTo(512);
        assertThat(vsaInt(p, CHILLI, 5)).as("ChilliSpot-Bandwidth-Max-Down kbit/s").isEqualTo(2000);
        assertThat(p.attribute(27).orElseThrow().asInt()).as("Session-Timeout").isEqualTo(3600);
        assertThat(p.attribute(28).orElseThrow().asInt()).as("Idle-Timeout").isEqualTo(600);
        assertThat(p.attribute(85).orElseThrow().asInt()).as("Acct-Interim-Interval").isEqualTo(300);
    }

    @Test
    void refusesChilliPushWithoutUserName() {
        var anonymous = new SessionRef("", "81a00007", "AA-BB-CC-00-11-22", Optional.empty());
        assertThatThrownBy(() -> build(Vendor.COOVACHILLI, PushRequest.disconnect(anonymous)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("userName");
    }

    @Test
    void disconnectCarriesOnlySessionIdentificationAndMessageAuthenticator() {
        var p = build(Vendor.MIKROTIK, PushRequest.disconnect(CoaFixtures.session("warga-1")));
        assertThat(p.code()).isEqualTo(PacketCode.DISCONNECT_REQUEST);
        assertThat(p.attributes()).extracting(a -> a.type()).containsExactly(80, 1, 44, 31, 8);
    }
}
