package id.pita.engine.radius.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusPacket;
import java.io.StringReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryTest {
    final Dictionary dict = Dictionary.standard();

    @Test
    void looksUpStandardAndVendorAttributesByNameAndNumber() {
        assertThat(dict.attribute("User-Name")).isEqualTo(new AttributeDef("User-Name", 0, 1, DataType.STRING));
        assertThat(dict.attribute("acct-input-gigawords").type()).isEqualTo(52);
        assertThat(dict.attribute("Mikrotik-Rate-Limit")).isEqualTo(
                new AttributeDef("Mikrotik-Rate-Limit", 14988, 8, DataType.STRING));
        assertThat(dict.attribute("Mikrotik-Total-Limit-Gigawords").type()).isEqualTo(18);
        assertThat(dict.attribute("Mikrotik-Address-List").type()).isEqualTo(19);
        assertThat(dict.attribute("WISPr-Bandwidth-Max-Down")).isEqualTo(
                new AttributeDef("WISPr-Bandwidth-Max-Down", 14122, 8, DataType.INTEGER));
        assertThat(dict.attribute("ChilliSpot-Max-Total-Gigawords").type()).isEqualTo(23);
        assertThat(dict.find(14559, 5).orElseThrow().name()).isEqualTo("ChilliSpot-Bandwidth-Max-Down");
        assertThat(dict.find(0, 80).orElseThrow().name()).isEqualTo("Message-Authenticator");
        assertThat(dict.find(0, 101).orElseThrow().name()).isEqualTo("Error-Cause");
        assertThat(dict.find(0, 97).orElseThrow().dataType()).isEqualTo(DataType.IPV6PREFIX);
        assertThat(dict.find(0, 250)).isEmpty();
        assertThat(dict.find("No-Such-Thing")).isEmpty();
    }

    @Test
    void mapsNamedValuesBothWays() {
        assertThat(dict.value("Acct-Status-Type", "Interim-Update")).contains(3L);
        assertThat(dict.valueName("Acct-Terminate-Cause", 4)).contains("Idle-Timeout");
        assertThat(dict.valueName("Error-Cause", 503)).contains("Session-Context-Not-Found");
    }

    @Test
    void readsTypedValuesOutOfAPacket() throws Exception {
        var ip = (Inet4Address) InetAddress.getByName("10.1.2.3");
        var packet = RadiusPacket.of(PacketCode.ACCESS_REQUEST, 1, List.of(
                dict.attribute("User-Name").string("budi"), dict.attribute("NAS-Port").integer(4_000_000_000L),
                dict.attribute("Framed-IP-Address").ipaddr(ip), dict.attribute("Class").octets(new byte[] {1, 2}),
                dict.attribute("WISPr-Location-Name").string("Taman Kota")));
        var back = RadiusPacket.decode(packet.encode());
        assertThat(dict.attribute("User-Name").getString(back)).contains("budi");
        assertThat(dict.attribute("NAS-Port").getInteger(back)).contains(4_000_000_000L);
        assertThat(dict.attribute("Framed-IP-Address").getIpaddr(back)).contains(ip);
        assertThat(dict.attribute("Class").getOctets(back).orElseThrow()).containsExactly(1, 2);
        assertThat(dict.attribute("WISPr-Location-Name").getString(back)).contains("Taman Kota");
        assertThat(dict.attribute("WISPr-Location-ID").getString(back)).isEmpty();
    }

    @Test
    void reportsParseErrorsWithSourceAndLine() {
        var text = "VENDOR X 9\nBEGIN-VENDOR X\nATTRIBUTE X-A 1 integer\nATTRIBUTE X-B 2 float\n";
        assertThatThrownBy(() -> Dictionary.parse(new StringReader(text), "test.dict"))
                .hasMessageContaining("test.dict:4").hasMessageContaining("float");
        assertThatThrownBy(() -> Dictionary.parse(new StringReader("BEGIN-VENDOR Y\n"), "d"))
                .hasMessageContaining("undeclared vendor");
    }
}
