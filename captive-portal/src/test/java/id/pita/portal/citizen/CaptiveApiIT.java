package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.session.MacAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RFC 8908: {@code application/captive+json} for the requesting device. */
class CaptiveApiIT {
    private final PortalFixture f = new PortalFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void deviceNotYetLoggedInIsCaptive() {
        var r = f.get("/api/captive?mac=AA-BB-CC-00-11-22");

        assertThat(r.getHeader("Content-Type")).isEqualTo("application/captive+json");
        var json = r.bodyAsJsonObject();
        assertThat(json.getBoolean("captive")).isTrue();
        assertThat(json.getString("user-portal-url")).isEqualTo("https://portal.paserkab.go.id/");
        assertThat(json.containsKey("seconds-remaining")).isFalse();
    }

    @Test
    void onlineDeviceFoundByIpGetsWhatIsLeft() {
        var mac = MacAddress.parse("AA:BB:CC:00:11:22");
        f.usage.put(mac, new DeviceAllowance(true, 5400, 750_000_000L));
        f.byIp.put("127.0.0.1", mac);

        var json = f.get("/api/captive").bodyAsJsonObject();

        assertThat(json.getBoolean("captive")).isFalse();
        assertThat(json.getLong("seconds-remaining")).isEqualTo(5400);
        assertThat(json.getLong("bytes-remaining")).isEqualTo(750_000_000L);
        assertThat(json.getBoolean("can-extend-session")).isFalse();
    }

    @Test
    void unknownDeviceIsCaptiveAndABadMacIsAJson400() {
        assertThat(f.get("/api/captive").bodyAsJsonObject().getBoolean("captive")).isTrue();

        var bad = f.get("/api/captive?mac=nonsense");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("bad_parameter");
    }

    @Test
    void statusPageIsNeutralForAnUnknownDeviceAndSpeaksEnglishOnRequest() {
        var unknown = f.get("/status");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.bodyAsString()).contains("hanya ditampilkan di perangkat itu sendiri");

        f.byIp.put("127.0.0.1", MacAddress.parse("AA-BB-CC-00-11-22"));
        var english = f.get("/status?mac=AA-BB-CC-00-11-22&lang=en&uamip=10.1.0.1&uamport=3990");
        assertThat(english.bodyAsString()).contains("Time left today").contains("2 h 0 min").contains("1.5 GB")
                .contains("href=\"http://10.1.0.1:3990/logoff\"");
    }
}
