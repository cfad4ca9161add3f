package id.pita.core.setup;

import id.pita.core.district.District;
import id.pita.core.district.Gateway;

/**
 * A CoovaChilli hotspot's {@code /etc/chilli/config}: the {@code HS_*} variables that chilli's init script
 * ({@code functions}) turns into its options. Pita is the RADIUS server ({@code HS_RADIUS}, {@code HS_RADSECRET},
 * {@code HS_NASID} = the gateway id Pita recognises) and the UAM server ({@code HS_UAMSERVER}/{@code HS_UAMFORMAT},
 * signed with {@code HS_UAMSECRET}, the gateway's portal secret); {@code HS_COAPORT} lets Pita push rates;
 * {@code HS_SWAPOCTETS=on} makes Acct-Input-Octets the client's upload as RFC 2866 says (chilli counts the other
 * way round by default); {@code HS_UAMALLOW} opens Pita's address before login. Interface and network lines are
 * chilli's defaults, marked for the operator to check. The only place that writes chilli configuration.
 */
public final class ChilliSetup {
    public static final String CONFIG = "config";

    private ChilliSetup() {
    }

    public static ConfigFile file(District d, Gateway g, SetupContext c) {
        return new ConfigFile(CONFIG, "Simpan sebagai /etc/chilli/config di gateway, periksa baris antarmuka "
                + "(HS_WANIF, HS_LANIF) dan jaringan, lalu mulai ulang chilli.",
                "Save as /etc/chilli/config on the gateway, check the interface (HS_WANIF, HS_LANIF) and network "
                        + "lines, then restart chilli.", config(d, g, c));
    }

    static String config(District d, Gateway g, SetupContext c) {
        var site = d.site(g.siteCode()).map(s -> s.name()).orElse(g.siteCode());
        var coa = g.coaPort() > 0 ? g.coaPort() : c.coaPort();
        var portal = c.portalUrl().toString();
        var s = new StringBuilder();
        s.append("# Pita: CoovaChilli /etc/chilli/config for gateway ").append(g.id()).append(" (").append(site)
                .append(")\n# CONTAINS THE RADIUS SECRET AND THE UAM SECRET: keep this file private.\n")
                .append("# Check these four lines for this device (chilli's defaults):\n")
                .append("HS_WANIF=eth0\nHS_LANIF=wlan0\nHS_NETWORK=10.1.0.0\nHS_NETMASK=255.255.255.0\n")
                .append("HS_UAMLISTEN=10.1.0.1\nHS_UAMPORT=3990\n")
                .append("# HS_DNS1/HS_DNS2: the DNS servers handed to clients (chilli's defaults are public resolvers)\n")
                .append("# Pita, as RADIUS server and UAM portal:\n")
                .append("HS_NASID=").append(sh(g.id())).append('\n')
                .append("HS_LOC_NAME=").append(sh(site)).append('\n')
                .append("HS_RADIUS=").append(c.pitaAddress()).append('\n')
                .append("HS_RADIUS2=").append(c.pitaAddress()).append('\n')
                .append("HS_RADAUTH=").append(c.authPort()).append('\n')
                .append("HS_RADACCT=").append(c.accountingPort()).append('\n')
                .append("HS_RADSECRET=").append(sh(g.secret())).append('\n')
                .append("HS_UAMSECRET=").append(sh(g.portalSecret())).append('\n')
                .append("HS_UAMSERVER=").append(sh(c.portalHost())).append('\n')
                .append("HS_UAMFORMAT=").append(sh(portal)).append('\n')
                // "none": no welcome page first. chilli's defaults set one, and with any homepage chilli sends a
                // new device there with only ?loginurl=..., not to the portal with its UAM parameters
                // (seen on the real chilli 1.9 in ChilliInteropIT).
                .append("HS_UAMHOMEPAGE=none\n")
                .append("HS_UAMALLOW=").append(sh(c.pitaAddress() + (c.portalHostIsAddress()
                        || c.portalHost().equals(c.pitaAddress()) ? "" : "," + c.portalHost()))).append('\n')
                .append("# CoA/Disconnect from Pita (RFC 5176):\n")
                .append("HS_COAPORT=").append(coa).append('\n')
                .append("# Acct-Input-Octets = the client's upload, as RFC 2866 and Pita expect:\n")
                .append("HS_SWAPOCTETS=on\n")
                .append("HS_DEFINTERIMINTERVAL=").append(c.interimSeconds()).append('\n');
        return s.toString();
    }

    /** A shell value: single-quoted when it holds anything but plain characters (the file is sourced by sh). */
    static String sh(String value) {
        if (value.matches("[A-Za-z0-9._:/,@%+=-]*")) {
            return value;
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
