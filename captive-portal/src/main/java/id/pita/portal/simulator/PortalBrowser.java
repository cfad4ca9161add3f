package id.pita.portal.simulator;

import id.pita.core.district.Gateway;
import id.pita.core.district.Vendor;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A citizen's phone browser plus the gateway's side of the login handshake, over real HTTP to Pita's
 * portal (GATEWAYS.md). MikroTik: the router's redirect with {@code chap-id} and {@code chap-challenge}
 * octal-escaped, the splash, the terms accept, then the auto-submit form's {@code username} and CHAP hex
 * {@code password}. CoovaChilli: the {@code res=notyet} redirect signed with {@code md}, the accept, then
 * the {@code /logon} redirect whose {@code response} becomes CHAP with CHAP-Challenge = k. The browser checks
 * that the form posts to {@code link-login-only} and the redirect goes to {@code uamip:uamport}, then hands
 * the fields to its gateway in-process (the gateway's own login page is not served over HTTP). Thread-safe.
 */
final class PortalBrowser {
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"gw\" method=\"post\" action=\"([^\"]*)\">");

    private final HttpClient http;
    private final String portalBase;

    /** @param portalBase the portal's root, e.g. {@code http://127.0.0.1:8080} (no trailing slash) */
    PortalBrowser(String portalBase) {
        this.portalBase = portalBase.endsWith("/") ? portalBase.substring(0, portalBase.length() - 1) : portalBase;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Plays the handshake for one device; throws {@link PortalException} when the portal refuses. */
    PortalLogin login(Gateway g, String mac, String ip, Random random) {
        return g.vendor() == Vendor.COOVACHILLI ? chilli(g, mac, ip, random) : mikrotik(g, mac, ip, random);
    }

    PortalLogin mikrotik(Gateway g, String mac, String ip, Random random) {
        var chapId = new byte[1];
        var challenge = new byte[16];
        random.nextBytes(chapId);
        random.nextBytes(challenge);
        var login = "http://" + g.address() + "/login";
        var splash = portalBase + "/?mac=" + enc(mac) + "&ip=" + ip + "&username="
                + "&link-login=" + enc(login + "?dst=http://example.id/") + "&link-login-only=" + enc(login)
                + "&link-orig=" + enc("http://example.id/") + "&chap-id=" + enc(octal(chapId))
                + "&chap-challenge=" + enc(octal(challenge)) + "&error=&server-name=" + enc(g.id());
        var page = accept(splash, 200).body();
        var action = FORM_ACTION.matcher(page);
        if (!action.find() || !unescape(action.group(1)).equals(login)) {
            throw new PortalException("the auto-submit form does not post to link-login-only");
        }
        var form = hidden(page);
        var password = HexFormat.of().parseHex(form.getOrDefault("password", ""));
        var chapPassword = new byte[17];
        chapPassword[0] = chapId[0];
        System.arraycopy(password, 0, chapPassword, 1, Math.min(16, password.length));
        return new PortalLogin(form.getOrDefault("username", ""), chapPassword, challenge);
    }

    PortalLogin chilli(Gateway g, String mac, String ip, Random random) {
        var challenge = new byte[16];
        random.nextBytes(challenge);
        var hex = HexFormat.of().formatHex(challenge);
        var url = portalBase + "/?res=notyet&uamip=" + g.address() + "&uamport=3990&challenge=" + hex
                + "&called=" + g.id() + "&mac=" + mac.replace(':', '-') + "&ip=" + ip + "&nasid=" + enc(g.id())
                + "&sessionid=" + Long.toHexString(random.nextLong() & Long.MAX_VALUE)
                + "&userurl=" + enc("http://example.id/");
        var secret = g.portalSecret().getBytes(StandardCharsets.UTF_8);
        var md = HexFormat.of().formatHex(md5(url.getBytes(StandardCharsets.UTF_8), secret)).toUpperCase(Locale.ROOT);
        var location = accept(url + "&md=" + md, 302).headers().firstValue("Location")
                .orElseThrow(() -> new PortalException("no Location in the accept's redirect"));
        if (!location.startsWith("http://" + g.address() + ":3990/logon?")) {
            throw new PortalException("the accept does not redirect to the gateway's uamip:uamport/logon");
        }
        var logon = query(location);
        var response = HexFormat.of().parseHex(logon.getOrDefault("response", ""));
        var chapPassword = new byte[17];
        System.arraycopy(response, 0, chapPassword, 1, Math.min(16, response.length));
        return new PortalLogin(logon.getOrDefault("username", ""), chapPassword, md5(challenge, secret));
    }

    /** GET the splash, then POST the terms accept with the splash's {@code u}; expects {@code status}. */
    private HttpResponse<String> accept(String splashUrl, int status) {
        var splash = send(HttpRequest.newBuilder(URI.create(splashUrl)).GET().build());
        if (splash.statusCode() != 200) {
            throw new PortalException("splash answered " + splash.statusCode());
        }
        var u = hidden(splash.body()).get("u");
        if (u == null) {
            throw new PortalException("splash without the u field");
        }
        var body = "u=" + enc(u) + "&terms=1&lang=id";
        var accept = send(HttpRequest.newBuilder(URI.create(portalBase + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (accept.statusCode() != status) {
            throw new PortalException("terms accept answered " + accept.statusCode());
        }
        return accept;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PortalException("portal unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalException("interrupted");
        }
    }

    static Map<String, String> hidden(String html) {
        var out = new HashMap<String, String>();
        var m = HIDDEN.matcher(html);
        while (m.find()) {
            out.putIfAbsent(m.group(1), unescape(m.group(2)));
        }
        return out;
    }

    static Map<String, String> query(String url) {
        var out = new HashMap<String, String>();
        var q = URI.create(url).getRawQuery();
        for (var pair : q == null ? new String[0] : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.putIfAbsent(dec(pair.substring(0, eq)), dec(pair.substring(eq + 1)));
            }
        }
        return out;
    }

    /** RouterOS's escaping of binary values: every octet as a backslash and three octal digits. */
    static String octal(byte[] bytes) {
        var sb = new StringBuilder();
        for (var b : bytes) {
            sb.append('\\').append(String.format("%03o", b & 0xFF));
        }
        return sb.toString();
    }

    static byte[] md5(byte[] first, byte[] second) {
        try {
            var md = MessageDigest.getInstance("MD5");
            md.update(first);
            md.update(second);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
