package id.pita.portal.citizen;

import id.pita.core.InvalidValueException;
import id.pita.core.session.MacAddress;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises and parses a gateway handshake from the URL the browser was sent to: {@code res} means
 * CoovaChilli, {@code link-login-only}/{@code link-login} MikroTik, {@code fas} openNDS. Anything malformed is
 * a {@link PortalRefusal} with status 400. Pure; thread-safe.
 */
public final class Handshakes {
    private static final Set<String> CHILLI_RES = Set.of("notyet", "success", "failed", "logoff", "already");
    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-fA-F]{8,128}");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}");
    private static final Pattern HOST_PORT = Pattern.compile("((\\d{1,3}\\.){3}\\d{1,3}|\\[[0-9a-fA-F:]+\\]):\\d{1,5}");

    private Handshakes() {
    }

    /** True when the URL carries any handshake parameter. */
    public static boolean present(String uri) {
        var p = params(uri);
        return p.containsKey("res") || p.containsKey("link-login-only") || p.containsKey("link-login")
                || p.containsKey("fas");
    }

    public static Handshake parse(String uri) {
        return parse(uri, params(uri));
    }

    /** As {@link #parse(String)}, with {@code p} the parameters of {@code uri} as {@link #params} decodes them. */
    static Handshake parse(String uri, Map<String, List<String>> p) {
        if (p.containsKey("res")) {
            return chilli(uri);
        }
        if (p.containsKey("link-login-only") || p.containsKey("link-login")) {
            return mikrotik(p);
        }
        if (p.containsKey("fas")) {
            return openNds(p);
        }
        throw new PortalRefusal(400, "error.no-handshake");
    }

    static MikrotikHandshake mikrotik(Map<String, List<String>> p) {
        var login = first(p, "link-login-only");
        login = login.isEmpty() ? first(p, "link-login") : login;
        var loginUrl = requireHttpUrl(login);
        var logout = first(p, "link-logout");
        if (!logout.isEmpty()) {
            requireHttpUrl(logout);
        }
        byte[] id;
        byte[] challenge;
        try {
            id = MikrotikLogin.decodeOctal(first(p, "chap-id"));
            challenge = MikrotikLogin.decodeOctal(first(p, "chap-challenge"));
        } catch (IllegalArgumentException e) {
            throw new PortalRefusal(400, "error.bad-parameter", "chap-challenge");
        }
        if ((id == null) != (challenge == null) || id != null && (id.length != 1 || challenge.length == 0)) {
            throw new PortalRefusal(400, "error.bad-parameter", "chap-id");
        }
        return new MikrotikHandshake(mac(first(p, "mac")), first(p, "ip"), first(p, "server-name"), login,
                first(p, "link-orig"), logout, id, challenge, first(p, "error"), loginUrl.getHost(), loginUrl.getPort());
    }

    static ChilliHandshake chilli(String uri) {
        int at = uri.indexOf("&md=");
        var signed = at < 0 ? uri : uri.substring(0, at);
        var p = params(signed);
        var md = at < 0 ? null : first(params(uri), "md");
        var res = first(p, "res");
        if (!CHILLI_RES.contains(res)) {
            throw new PortalRefusal(400, "error.bad-parameter", "res");
        }
        var uamip = first(p, "uamip");
        if (!IPV4.matcher(uamip).matches()) {
            throw new PortalRefusal(400, "error.bad-parameter", "uamip");
        }
        var challenge = first(p, "challenge");
        if (("notyet".equals(res) || !challenge.isEmpty()) && !HEX32.matcher(challenge).matches()) {
            throw new PortalRefusal(400, "error.bad-parameter", "challenge");
        }
        return new ChilliHandshake(res, uamip, port(first(p, "uamport"), "uamport"), challenge, mac(first(p, "mac")),
                first(p, "ip"), first(p, "nasid"), first(p, "called"), first(p, "userurl"), first(p, "reply"),
                signed, md);
    }

    static OpenNdsHandshake openNds(Map<String, List<String>> p) {
        Map<String, String> f;
        try {
            f = OpenNdsFas.parseFas(first(p, "fas"));
        } catch (IllegalArgumentException e) {
            throw new PortalRefusal(400, "error.bad-parameter", "fas");
        }
        var hid = f.getOrDefault("hid", "");
        if (!HEX_ID.matcher(hid).matches()) {
            throw new PortalRefusal(400, "error.bad-parameter", "hid");
        }
        var address = f.getOrDefault("gatewayaddress", "");
        if (!HOST_PORT.matcher(address).matches()) {
            throw new PortalRefusal(400, "error.bad-parameter", "gatewayaddress");
        }
        var name = f.getOrDefault("gatewayname", "");
        if (name.isBlank()) {
            throw new PortalRefusal(400, "error.bad-parameter", "gatewayname");
        }
        return new OpenNdsHandshake(hid, mac(f.getOrDefault("clientmac", "")), f.getOrDefault("clientip", ""),
                QueryStringDecoder.decodeComponent(name, StandardCharsets.UTF_8), address,
                QueryStringDecoder.decodeComponent(f.getOrDefault("originurl", ""), StandardCharsets.UTF_8));
    }

    /** At most this many parameters are decoded from a handshake URL; the rest are ignored. */
    static final int MAX_PARAMS = 64;

    static Map<String, List<String>> params(String uri) {
        return new QueryStringDecoder(uri, StandardCharsets.UTF_8, true, MAX_PARAMS).parameters();
    }

    static String first(Map<String, List<String>> p, String name) {
        var values = p.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0).trim();
    }

    private static MacAddress mac(String text) {
        try {
            return MacAddress.parse(text);
        } catch (InvalidValueException e) {
            throw new PortalRefusal(400, "error.bad-parameter", "mac");
        }
    }

    private static int port(String text, String field) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new PortalRefusal(400, "error.bad-parameter", field);
    }

    /** The URL parsed, when it is an absolute http(s) URL with a host; else the 400 refusal. */
    private static URI requireHttpUrl(String url) {
        try {
            var u = new URI(url);
            var scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return u;
            }
        } catch (URISyntaxException e) {
            // falls through to the refusal
        }
        throw new PortalRefusal(400, "error.bad-parameter", "link-login-only");
    }
}
