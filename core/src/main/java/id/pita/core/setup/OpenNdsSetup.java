package id.pita.core.setup;

import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import java.util.List;

/**
 * An openNDS gateway's FAS set-up: {@code /etc/opennds/opennds.conf} (Debian's openNDS 9.10 legacy format) and the
 * same settings as OpenWrt UCI commands. Pita is the FAS at level 1 ({@code fas_secure_enabled 1}: the hid is
 * sent and Pita proves itself with {@code rhid = sha256(hid || faskey)}); {@code gatewayname} is the gateway id
 * Pita recognises and {@code enable_serial_number_suffix 0} keeps it exact; {@code faskey} is the gateway's
 * portal secret. The gateway interface is the device's, given by the operator.
 */
public final class OpenNdsSetup {
    public static final String CONF = "opennds.conf";
    public static final String UCI = "opennds-uci.sh";
    /** openNDS's default gateway interface on OpenWrt. */
    public static final String DEFAULT_INTERFACE = "br-lan";

    private OpenNdsSetup() {
    }

    public static List<ConfigFile> files(District d, Gateway g, SetupContext c, String gatewayInterface) {
        return List.of(new ConfigFile(CONF, "Debian: simpan sebagai /etc/opennds/opennds.conf (periksa "
                                + "gatewayinterface), lalu mulai ulang opennds.",
                        "Debian: save as /etc/opennds/opennds.conf (check gatewayinterface), then restart opennds.",
                        conf(d, g, c, gatewayInterface)),
                new ConfigFile(UCI, "OpenWrt: jalankan di router (sh " + UCI + ").",
                        "OpenWrt: run on the router (sh " + UCI + ").", uci(g, c, gatewayInterface)));
    }

    /** The FAS settings, one {@code key value} per line, in the order both forms use. */
    private static List<String[]> settings(Gateway g, SetupContext c, String gatewayInterface) {
        var path = c.portalUrl().getRawPath() == null || c.portalUrl().getRawPath().isEmpty() ? "/"
                : c.portalUrl().getRawPath();
        var list = new java.util.ArrayList<String[]>(List.of(
                new String[] {"gatewayname", g.id()},
                new String[] {"enable_serial_number_suffix", "0"},
                new String[] {"gatewayinterface", gatewayInterface},
                new String[] {"fas_secure_enabled", "1"},
                new String[] {"fasremoteip", c.portalHostIsAddress() ? c.portalHost() : c.pitaAddress()},
                new String[] {"fasport", Integer.toString(c.portalPort())},
                new String[] {"faspath", path}));
        if (!c.portalHostIsAddress()) {
            list.add(new String[] {"fasremotefqdn", c.portalHost()});
        }
        list.add(new String[] {"faskey", g.portalSecret()});
        return list;
    }

    static String conf(District d, Gateway g, SetupContext c, String gatewayInterface) {
        return conf(g, d.site(g.siteCode()).map(s -> s.name()).orElse(g.siteCode()), c, gatewayInterface);
    }

    /** Debian's {@code opennds.conf} for {@code g}, whose site is called {@code site}. */
    public static String conf(Gateway g, String site, SetupContext c, String gatewayInterface) {
        var s = new StringBuilder("# Pita: openNDS FAS configuration for gateway ").append(g.id()).append(" (")
                .append(site).append(")\n# CONTAINS THE FAS KEY: keep this file private.\n");
        for (var kv : settings(g, c, gatewayInterface)) {
            s.append(kv[0]).append(' ').append(kv[1]).append('\n');
        }
        s.append("gatewayport 2050\n")
                .append("FirewallRuleSet authenticated-users {\n}\n")
                .append("FirewallRuleSet preauthenticated-users {\n}\n")
                .append("FirewallRuleSet users-to-router {\n")
                .append("    FirewallRule allow udp port 53\n    FirewallRule allow tcp port 53\n")
                .append("    FirewallRule allow udp port 67\n}\n");
        return s.toString();
    }

    static String uci(Gateway g, SetupContext c, String gatewayInterface) {
        var s = new StringBuilder("# Pita: openNDS FAS settings for gateway ").append(g.id())
                .append(" as OpenWrt UCI commands. CONTAINS THE FAS KEY.\n");
        for (var kv : settings(g, c, gatewayInterface)) {
            s.append("uci set opennds.@opennds[0].").append(kv[0]).append('=').append(ChilliSetup.sh(kv[1]))
                    .append('\n');
        }
        return s.append("uci commit opennds\nservice opennds restart\n").toString();
    }
}
