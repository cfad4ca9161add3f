package id.pita.core.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.config.DistrictFiles;
import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.Vendor;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each generated configuration says, line by line where the vendor's manual or Pita depend on it. */
class GatewaySetupTest {
    static final SetupContext HTTPS = new SetupContext("10.20.0.5", 1812, 1813,
            URI.create("https://wifi.paser.go.id/"), 3799, Duration.ofMinutes(5));

    static District paserWith(Gateway g) {
        var d = DistrictFiles.demo("paser");
        var gateways = new java.util.ArrayList<>(d.gateways());
        gateways.add(g);
        return new District(d.code(), d.name(), d.zone(), d.pool(), d.sites(), gateways, d.calendar(), d.policies(),
                d.citizenPlan());
    }

    static final Gateway MIKROTIK = new Gateway("hs-alun-alun", "hs-alun-alun-tgt", "10.30.1.1", "rad$ecret\"x",
            Vendor.MIKROTIK, 3799, MessageAuthenticatorPolicy.REQUIRE, "");
    static final Gateway CHILLI = new Gateway("hs-siring", "hs-alun-alun-tgt", "10.30.2.1", "chilli-secret",
            Vendor.COOVACHILLI, 0, MessageAuthenticatorPolicy.REQUIRE, "uam secret'1");
    static final Gateway NDS = new Gateway("nds-taman", "hs-alun-alun-tgt", "10.30.3.1", null, Vendor.OPENNDS, 0,
            MessageAuthenticatorPolicy.OFF, "kunci-fas");

    static String only(List<ConfigFile> files, String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().content();
    }

    @Test
    void mikrotikScriptSetsWhatTheIssueAndTheManualAsk() {
        var d = paserWith(MIKROTIK);
        var script = only(GatewaySetup.files(d, "hs-alun-alun", HTTPS, null), MikrotikSetup.SCRIPT);
        assertThat(script)
                .contains("/radius add comment=\"pita\" service=hotspot address=10.20.0.5 secret=\"rad\\$ecret\\\"x\" "
                        + "authentication-port=1812 accounting-port=1813 timeout=3s src-address=10.30.1.1\n")
                .contains("/radius incoming set accept=yes port=3799\n")
                .contains("require-message-auth=yes-for-request-resp")
                .contains(":if ($major > 7 || ($major = 7 && $minor >= 15)) do={")
                .contains("login-by=http-chap,http-pap\n")
                .contains("radius-interim-update=received")
                .contains("radius-mac-format=XX:XX:XX:XX:XX:XX")
                .contains("use-radius=yes")
                .contains("/system device-mode get hotspot")
                .contains("/ip hotspot set $server name=\"hs-alun-alun\"")
                .contains("/ip hotspot walled-garden add comment=\"pita\" dst-host=\"wifi.paser.go.id\"")
                .contains("/ip hotspot walled-garden ip add comment=\"pita\" action=accept dst-address=10.20.0.5")
                .contains("/ip hotspot walled-garden ip add comment=\"pita\" action=accept dst-host=\"wifi.paser.go.id\"")
                .doesNotContain("cookie").doesNotContain("/system/").doesNotContain("port=1700");
    }

    @Test
    void mikrotikScriptUsesOnlyV6CompatibleSyntax() {
        var script = only(GatewaySetup.files(paserWith(MIKROTIK), "hs-alun-alun", HTTPS, null), MikrotikSetup.SCRIPT);
        for (var line : script.lines().toList()) {
            var trimmed = line.strip();
            if (trimmed.startsWith("/")) {
                // v7's slash paths (/ip/hotspot) are not v6: menus are separated by spaces.
                assertThat(trimmed.split(" ")[0].substring(1)).as(line).doesNotContain("/");
            }
        }
        // The 7.15-only property is parsed at run time, so v6's parser never sees it.
        assertThat(script.lines().filter(l -> l.contains("require-message-auth")))
                .allMatch(l -> l.contains(":parse"));
    }

    @Test
    void mikrotikLoginHtmlHandsThePhoneToPitaByPostAndByLink() {
        var html = only(GatewaySetup.files(paserWith(MIKROTIK), "hs-alun-alun", HTTPS, null), MikrotikSetup.LOGIN_HTML);
        assertThat(html).contains("<form name=\"pita\" action=\"https://wifi.paser.go.id/\" method=\"post\">")
                .contains("name=\"link-login-only\" value=\"$(link-login-only)\"")
                .contains("name=\"chap-id\" value=\"$(chap-id)\"").contains("name=\"chap-challenge\" value=\"$(chap-challenge)\"")
                .contains("name=\"server-name\" value=\"$(server-name)\"")
                .contains("link-login-only=$(link-login-only-esc)").contains("link-orig=$(link-orig-esc)")
                .contains("mac=$(mac-esc)").contains("ip=$(ip)")
                .contains("<button type=\"submit\">");
    }

    @Test
    void mikrotikGatewayWithoutCoaPortStillGetsIncomingCoaAndANote() {
        var g = new Gateway("hs-x", "hs-alun-alun-tgt", "10.30.1.9", "s", Vendor.MIKROTIK, 0, null, "");
        var script = only(GatewaySetup.files(paserWith(g), "hs-x", HTTPS, null), MikrotikSetup.SCRIPT);
        assertThat(script).contains("/radius incoming set accept=yes port=3799\n").contains("CoA port 0");
    }

    @Test
    void chilliConfigCarriesRadiusUamSecretsCoaAndSwappedOctets() {
        var config = only(GatewaySetup.files(paserWith(CHILLI), "hs-siring", HTTPS, null), ChilliSetup.CONFIG);
        assertThat(config).contains("HS_RADIUS=10.20.0.5\n").contains("HS_RADSECRET=chilli-secret\n")
                .contains("HS_UAMSECRET='uam secret'\\''1'\n").contains("HS_UAMSERVER=wifi.paser.go.id\n")
                .contains("HS_UAMFORMAT=https://wifi.paser.go.id/\n").contains("HS_NASID=hs-siring\n")
                .contains("HS_COAPORT=3799\n").contains("HS_SWAPOCTETS=on\n")
                .contains("HS_UAMALLOW=10.20.0.5,wifi.paser.go.id\n").contains("HS_DEFINTERIMINTERVAL=300\n");
    }

    @Test
    void openNdsConfSetsTheFasAtLevelOneWithTheFaskey() {
        var files = GatewaySetup.files(paserWith(NDS), "nds-taman", HTTPS, "lan0");
        assertThat(only(files, OpenNdsSetup.CONF)).contains("gatewayname nds-taman\n")
                .contains("enable_serial_number_suffix 0\n").contains("gatewayinterface lan0\n")
                .contains("fas_secure_enabled 1\n").contains("fasremoteip 10.20.0.5\n").contains("fasport 443\n")
                .contains("faspath /\n").contains("fasremotefqdn wifi.paser.go.id\n").contains("faskey kunci-fas\n");
        assertThat(only(files, OpenNdsSetup.UCI)).contains("uci set opennds.@opennds[0].faskey=kunci-fas\n")
                .contains("uci set opennds.@opennds[0].fas_secure_enabled=1\n").contains("uci commit opennds\n");
    }

    @Test
    void anUnknownOrGenericGatewayIsRefusedByName() {
        var d = DistrictFiles.demo("paser");
        assertThatThrownBy(() -> GatewaySetup.files(d, "nope", HTTPS, null)).isInstanceOf(InvalidValueException.class)
                .hasMessage("gateway: no gateway 'nope' in district paser");
        assertThatThrownBy(() -> new SetupContext("wifi.example", 1812, 1813, URI.create("https://x/"), 3799,
                Duration.ofMinutes(5))).hasMessageStartingWith("pitaAddress: must be an IPv4 address");
    }

    @Test
    void configFilesNeverPrintTheirSecretsInToString() {
        var files = GatewaySetup.files(paserWith(CHILLI), "hs-siring", HTTPS, null);
        assertThat(files.toString()).doesNotContain("chilli-secret");
    }
}
