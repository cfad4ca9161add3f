package id.pita.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Gateway;
import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.Vendor;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The simulated MikroTik's requests and CoA rules, attribute by attribute. */
class RouterOsTest {
    private static final Gateway AUTO = new Gateway("psr-gw-x", "setda", "127.0.0.1", "s", Vendor.MIKROTIK, 3799,
            MessageAuthenticatorPolicy.AUTO, "");
    private static final Gateway REQUIRE = new Gateway("psr-gw-y", "setda", "127.0.0.1", "s", Vendor.MIKROTIK, 3799,
            MessageAuthenticatorPolicy.REQUIRE, "");

    private static SimSession session() {
        return new SimSession("8050005a", "setda", "02:0F:00:00:00:01", "172.16.0.2", false, false, null,
                Instant.EPOCH, Optional.empty());
    }

    private static RadiusPacket office(Gateway g, int index) {
        return Requests.officeAccess(g, Requests.Signing.of(g, index), "sandi", 1, new byte[16], new byte[] {1},
                session());
    }

    @Test
    void routerOs6SendsNoMessageAuthenticatorAnd7PutsItLast() {
        var v6 = office(AUTO, 0);
        assertThat(v6.attribute(AttributeType.MESSAGE_AUTHENTICATOR)).isEmpty();
        var v7 = office(AUTO, 1);
        assertThat(v7.attributes().get(v7.attributes().size() - 1).type()).isEqualTo(AttributeType.MESSAGE_AUTHENTICATOR);
        var required = office(REQUIRE, 0);
        assertThat(required.attributes().get(required.attributes().size() - 1).type())
                .as("a gateway Pita requires to sign runs 7.15+").isEqualTo(AttributeType.MESSAGE_AUTHENTICATOR);
    }

    @Test
    void nasIdentifierIsTheRouterIdentityAndCalledStationIdTheHotspotServer() {
        var p = office(AUTO, 1);
        assertThat(p.attribute(Requests.NAS_IDENTIFIER).orElseThrow().asString()).isEqualTo("psr-gw-x");
        assertThat(p.attribute(Requests.CALLED_STATION_ID).orElseThrow().asString()).isEqualTo("hotspot1");
    }

    @Test
    void acctSessionIdIsEightHexDigitsWithARebootSymbol() {
        assertThat(RouterOs.sessionId(0, 0x5a)).isEqualTo("8000005a");
        assertThat(RouterOs.sessionId(5, 0x5a)).isEqualTo("8050005a");
    }

    @Test
    void onlyAttributesTheManualListsAsChangeableAreAcceptedInACoa() {
        var rateLimit = RadiusAttribute.vendor(RateAttributes.MIKROTIK, 8, "1M/2M".getBytes());
        var ok = RadiusPacket.of(PacketCode.COA_REQUEST, 1, List.of(
                RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]),
                RadiusAttribute.ofString(Requests.ACCT_SESSION_ID, "8050005a"), rateLimit,
                RadiusAttribute.ofInt(28, 600)));
        assertThat(RouterOs.unchangeable(ok)).isEmpty();
        var interim = ok.withAttributes(List.of(rateLimit, RadiusAttribute.ofInt(Requests.ACCT_INTERIM_INTERVAL, 300)));
        assertThat(RouterOs.unchangeable(interim)).map(RadiusAttribute::type).contains(85);
        var total = ok.withAttributes(List.of(RadiusAttribute.vendor(RateAttributes.MIKROTIK, 17, new byte[4])));
        assertThat(RouterOs.unchangeable(total)).isPresent();
    }
}
