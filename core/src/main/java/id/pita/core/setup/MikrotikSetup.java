package id.pita.core.setup;

import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import java.util.List;

/**
 * A MikroTik hotspot's set-up: a RouterOS script (the same text valid on v6.49+ and v7) and the router-side
 * {@code login.html} that hands the phone to Pita. The script, in order: stops on v7 when device-mode disables
 * hotspot; adds Pita as the hotspot's RADIUS server from the gateway's own address ({@code src-address}) and, on
 * 7.15+, requires Message-Authenticator on requests and responses; accepts CoA on 3799 explicitly (the manual's
 * default is 1700); sets the hotspot's profile to RADIUS with {@code login-by=http-chap,http-pap} (the default
 * {@code cookie} and {@code mac-cookie} would replay a one-time credential), {@code radius-interim-update=received}
 * (Pita's Acct-Interim-Interval) and the MAC format Pita reads; names the hotspot server after the gateway id (the
 * {@code server-name} Pita recognises); opens the walled garden to the portal by host and, for an HTTPS portal
 * that the hotspot's proxy cannot see, by IP. Entries it makes carry {@code comment="pita"} and are replaced when
 * the script runs again.
 */
public final class MikrotikSetup {
    public static final String SCRIPT = "pita-setup.rsc";
    public static final String LOGIN_HTML = "pita-login.html";
    /** Calling-Station-Id as Pita reads it: upper case, colons. */
    static final String MAC_FORMAT = "XX:XX:XX:XX:XX:XX";

    private MikrotikSetup() {
    }

    public static List<ConfigFile> files(District d, Gateway g, SetupContext c) {
        return List.of(new ConfigFile(SCRIPT,
                        "Unggah ke router lalu jalankan /import file-name=" + SCRIPT + " (atau tempel di Terminal). "
                                + "Buat hotspot dulu dengan /ip hotspot setup.",
                        "Upload to the router and run /import file-name=" + SCRIPT + " (or paste into a Terminal). "
                                + "Create the hotspot first with /ip hotspot setup.", script(d, g, c)),
                new ConfigFile(LOGIN_HTML,
                        "Unggah sebagai login.html ke html-directory profil hotspot (skrip menampilkan foldernya), "
                                + "menimpa login.html bawaan.",
                        "Upload as login.html into the hotspot profile's html-directory (the script prints the "
                                + "folder), replacing the default login.html.", loginHtml(c)));
    }

    static int coaPort(Gateway g, SetupContext c) {
        return g.coaPort() > 0 ? g.coaPort() : c.coaPort();
    }

    static String script(District d, Gateway g, SetupContext c) {
        var site = d.site(g.siteCode()).map(s -> s.name()).orElse(g.siteCode());
        var q = "\"pita\"";
        var s = new StringBuilder();
        s.append("# Pita: MikroTik RouterOS hotspot set-up for gateway ").append(g.id()).append(" (").append(site)
                .append(")\n# Pita at ").append(c.pitaAddress()).append(" (RADIUS ").append(c.authPort()).append('/')
                .append(c.accountingPort()).append("), portal ").append(c.portalUrl()).append('\n')
                .append("# CONTAINS THE RADIUS SECRET: keep this file private. Valid on RouterOS v6.49+ and v7.\n")
                .append("# Run it after /ip hotspot setup; running it again replaces what it made (comment=pita).\n")
                .append(":local ver [/system resource get version]\n")
                .append(":local major [:tonum [:pick $ver 0 [:find $ver \".\"]]]\n")
                .append(":local rest [:pick $ver ([:find $ver \".\"] + 1) [:len $ver]]\n")
                .append(":local n 0\n")
                .append(":while ($n < [:len $rest] && [:pick $rest $n] ~ \"[0-9]\") do={ :set n ($n + 1) }\n")
                .append(":local minor [:tonum [:pick $rest 0 $n]]\n")
                .append("# RouterOS v7: device-mode can switch hotspot off; it can only be switched on at the device.\n")
                .append(":if ($major >= 7) do={\n")
                .append("  :local hs \"yes\"\n")
                .append("  :do { :set hs [[:parse \":return [/system device-mode get hotspot]\"]] } on-error={}\n")
                .append("  :if ($hs = false || $hs = \"no\") do={ :error \"Pita: hotspot is disabled by device-mode: "
                        + "run /system device-mode update hotspot=yes and press the reset button or cold-reboot\" }\n")
                .append("}\n")
                .append(":local servers [/ip hotspot find]\n")
                .append(":if ([:len $servers] = 0) do={ :error \"Pita: no hotspot server yet: run /ip hotspot setup "
                        + "on the hotspot interface first\" }\n")
                .append(":local server [:pick $servers 0]\n")
                .append(":local profile [/ip hotspot get $server profile]\n");
        radius(s, g, c, q);
        s.append("/ip hotspot profile set [find name=$profile] use-radius=yes radius-accounting=yes ")
                .append("radius-interim-update=received radius-mac-format=").append(MAC_FORMAT)
                .append(" login-by=http-chap,http-pap\n");
        if (c.httpsPortal()) {
            s.append("# HTTPS portal: its last page posts the login to this router over plain http, so citizens press\n")
                    .append("# Continue (a mixed-content form). To log in over https instead, import a certificate and:\n")
                    .append("#   /ip hotspot profile set [find name=$profile] login-by=https,http-chap,http-pap ")
                    .append("ssl-certificate=<certificate>\n");
        }
        s
                .append("/ip hotspot set $server name=").append(RouterOs.quote(g.id())).append('\n');
        walledGarden(s, c, q);
        s.append(":put (\"Pita: done. Upload ").append(LOGIN_HTML).append(" as login.html into \" . ")
                .append("[/ip hotspot profile get [find name=$profile] html-directory])\n");
        return s.toString();
    }

    private static void radius(StringBuilder s, Gateway g, SetupContext c, String q) {
        s.append("/radius remove [find comment=").append(q).append("]\n")
                .append("/radius add comment=").append(q).append(" service=hotspot address=").append(c.pitaAddress())
                .append(" secret=").append(RouterOs.quote(g.secret())).append(" authentication-port=")
                .append(c.authPort()).append(" accounting-port=").append(c.accountingPort())
                .append(" timeout=3s src-address=").append(g.address()).append('\n')
                .append(":if ($major > 7 || ($major = 7 && $minor >= 15)) do={\n")
                .append("  [[:parse \"/radius set [find comment=\\\"pita\\\"] require-message-auth=yes-for-request-resp\"]]\n")
                .append("} else={\n")
                .append("  :put \"Pita: RouterOS before 7.15 cannot require Message-Authenticator (BlastRADIUS); "
                        + "upgrade, or set this gateway's Message-Authenticator policy to auto or off in Pita\"\n")
                .append("}\n")
                .append("# CoA and Disconnect from Pita (RFC 5176); the manual's default port is 1700, Pita uses ")
                .append(coaPort(g, c)).append(".\n")
                .append("/radius incoming set accept=yes port=").append(coaPort(g, c)).append('\n');
        if (g.coaPort() == 0) {
            s.append("# NOTE: Pita's record of this gateway has CoA port 0 (none): set it to ").append(c.coaPort())
                    .append(" in Pita's console so that Pita can change rates live.\n");
        }
    }

    private static void walledGarden(StringBuilder s, SetupContext c, String q) {
        s.append("/ip hotspot walled-garden remove [find comment=").append(q).append("]\n")
                .append("/ip hotspot walled-garden add comment=").append(q).append(" dst-host=")
                .append(RouterOs.quote(c.portalHost())).append('\n')
                .append("/ip hotspot walled-garden ip remove [find comment=").append(q).append("]\n")
                .append("/ip hotspot walled-garden ip add comment=").append(q).append(" action=accept dst-address=")
                .append(c.pitaAddress()).append('\n');
        if (c.httpsPortal() && !c.portalHostIsAddress()) {
            // HTTPS passes the hotspot's proxy unseen: the portal's name needs an IP-level entry too.
            s.append("/ip hotspot walled-garden ip add comment=").append(q).append(" action=accept dst-host=")
                    .append(RouterOs.quote(c.portalHost())).append('\n');
        }
    }

    /**
     * The router-side {@code login.html}: MikroTik's own external-portal pattern, a form posted to Pita at once
     * (with a visible button when scripts are off) carrying the router's variables, and a plain link with the
     * URL-encoded ({@code -esc}) forms for a GET hand-off. The router fills in the {@code $(...)} variables.
     */
    public static String loginHtml(SetupContext c) {
        var portal = c.portalUrl().toString().replace("&", "&amp;").replace("\"", "&quot;");
        var sb = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
                + "<meta http-equiv=\"pragma\" content=\"no-cache\"><meta http-equiv=\"expires\" content=\"-1\">\n"
                + "<title>WiFi publik</title></head><body>\n"
                + "<!-- Pita: the router fills in its variables; see pita-setup.rsc. -->\n"
                + "<form name=\"pita\" action=\"" + portal + "\" method=\"post\">\n");
        for (var v : new String[] {"link-login-only", "link-orig", "mac", "ip", "username", "chap-id",
                "chap-challenge", "server-name", "error"}) {
            sb.append("<input type=\"hidden\" name=\"").append(v).append("\" value=\"$(").append(v).append(")\">\n");
        }
        sb.append("<p>Menuju halaman login WiFi... / Opening the WiFi login...</p>\n")
                .append("<button type=\"submit\">Lanjutkan / Continue</button>\n</form>\n")
                .append("<p><a href=\"").append(portal).append(portal.contains("?") ? "&amp;" : "?")
                .append("link-login-only=$(link-login-only-esc)&amp;link-orig=$(link-orig-esc)&amp;mac=$(mac-esc)")
                .append("&amp;ip=$(ip)&amp;chap-id=$(chap-id-esc)&amp;chap-challenge=$(chap-challenge-esc)")
                .append("&amp;server-name=$(server-name-esc)&amp;error=$(error-esc)\">")
                .append("Buka halaman login / Open the login page</a></p>\n")
                .append("<script>document.pita.submit();</script>\n</body></html>\n");
        return sb.toString();
    }
}
