package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HandshakesTest {
    private static final String MT = "http://portal/?mac=AA%3ABB%3ACC%3ADD%3AEE%3A01&ip=10.5.50.2&username="
            + "&link-login=http%3A%2F%2F10.5.50.1%2Flogin&link-login-only=http%3A%2F%2F10.5.50.1%2Flogin"
            + "&link-orig=http%3A%2F%2Fexample.id%2F&chap-id=%5C357&chap-challenge=%5C033%5C001%5C377"
            + "&error=&server-name=hotspot1";

    @Test
    void recognisesMikrotikAndDecodesChapValues() {
        var hs = (MikrotikHandshake) Handshakes.parse(MT);

        assertThat(hs.mac().value()).isEqualTo("AA:BB:CC:DD:EE:01");
        assertThat(hs.loginUrl()).isEqualTo("http://10.5.50.1/login");
        assertThat(hs.loginHost()).isEqualTo("10.5.50.1");
        assertThat(hs.chapId()).containsExactly(0xEF);
        assertThat(hs.challenge()).containsExactly(0x1B, 0x01, 0xFF);
        assertThat(hs.origUrl()).isEqualTo("http://example.id/");
        assertThat(hs.serverName()).isEqualTo("hotspot1");
    }

    @Test
    void refusesAMikrotikLoginUrlThatIsNotHttp() {
        assertThatThrownBy(() -> Handshakes.parse(MT.replace("link-login-only=http", "link-login-only=javascript")))
                .isInstanceOf(PortalRefusal.class).hasMessageContaining("400");
    }

    @Test
    void chilliSignedPartStopsAtMd() {
        var url = "http://portal/?res=notyet&uamip=10.1.0.1&uamport=3990&challenge=0123456789abcdef0123456789abcdef"
                + "&mac=AA-BB-CC-DD-EE-FF&ip=10.1.0.5&nasid=taman&userurl=http%3A%2F%2Fx.id%2F&md=ABCDEF&uamip=6.6.6.6";
        var hs = (ChilliHandshake) Handshakes.parse(url);

        assertThat(hs.urlBeforeMd()).endsWith("userurl=http%3A%2F%2Fx.id%2F");
        assertThat(hs.md()).isEqualTo("ABCDEF");
        assertThat(hs.uamip()).isEqualTo("10.1.0.1");
        assertThat(hs.base()).isEqualTo("http://10.1.0.1:3990");
        assertThat(hs.mac().value()).isEqualTo("AA:BB:CC:DD:EE:FF");
    }

    @Test
    void refusesChilliWithoutAHexChallengeOrWithAHostNameAsUamip() {
        var base = "http://p/?res=notyet&uamip=10.1.0.1&uamport=3990&mac=AA-BB-CC-DD-EE-FF&challenge=";
        assertThatThrownBy(() -> Handshakes.parse(base + "zz")).isInstanceOf(PortalRefusal.class);
        assertThatThrownBy(() -> Handshakes.parse(base.replace("10.1.0.1", "evil.example") + "0123456789abcdef"
                + "0123456789abcdef")).isInstanceOf(PortalRefusal.class);
    }

    @Test
    void parsesOpenNdsFasAndDecodesOriginUrl() {
        var fas = Base64.getEncoder().encodeToString(("hid=0a1b2c3d4e5f, clientip=192.168.8.20, "
                + "clientmac=aa:bb:cc:dd:ee:02, gatewayname=Pasar%20Baru, gatewayaddress=192.168.8.1:2050, "
                + "originurl=http%3A%2F%2Fx.id%2F").getBytes(StandardCharsets.UTF_8));
        var hs = (OpenNdsHandshake) Handshakes.parse("http://p/?fas=" + fas);

        assertThat(hs.hid()).isEqualTo("0a1b2c3d4e5f");
        assertThat(hs.gatewayName()).isEqualTo("Pasar Baru");
        assertThat(hs.originUrl()).isEqualTo("http://x.id/");
        assertThat(hs.gatewayAddress()).isEqualTo("192.168.8.1:2050");
    }

    @Test
    void refusesAUrlWithoutAnyHandshakeOrWithABadMac() {
        assertThatThrownBy(() -> Handshakes.parse("http://p/?x=1")).isInstanceOf(PortalRefusal.class)
                .extracting(e -> ((PortalRefusal) e).key()).isEqualTo("error.no-handshake");
        assertThatThrownBy(() -> Handshakes.parse(MT.replace("AA%3ABB", "ZZ%3ABB"))).isInstanceOf(PortalRefusal.class)
                .extracting(e -> ((PortalRefusal) e).args()[0]).isEqualTo("mac");
    }
}
