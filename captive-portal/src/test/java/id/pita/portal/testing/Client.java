package id.pita.portal.testing;

import io.vertx.core.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for tests: keeps cookies, does not follow redirects, remembers the CSRF token. */
public final class Client {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final java.util.function.Function<String, String> otp;
    public String csrf = "";

    public Client(String base) {
        this(base, user -> null);
    }

    /** @param otp the second-factor code to send for a user, or null for none */
    public Client(String base, java.util.function.Function<String, String> otp) {
        this.base = base;
        this.otp = otp;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Puts a cookie in this client's jar, as a browser kept it. */
    public void setCookie(String url, String name, String value) {
        var c = new java.net.HttpCookie(name, value);
        c.setPath("/");
        c.setVersion(0);
        cookies.getCookieStore().add(URI.create(url), c);
    }

    /** Logs in over the JSON API (with a second-factor code when the user has one) and keeps the CSRF token. */
    public HttpResponse<String> login(String user, String password) {
        var body = new JsonObject().put("username", user).put("password", password);
        var code = otp.apply(user);
        if (code != null) {
            body.put("otp", code);
        }
        var r = json("POST", "/api/v1/login", body);
        if (r.statusCode() == 200) {
            csrf = new JsonObject(r.body()).getString("csrfToken");
        }
        return r;
    }

    public HttpResponse<String> get(String path) {
        var r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        var m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** A GET of a binary body (a PDF). */
    public HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET whose body is read as it arrives (Server-Sent Events). */
    public HttpResponse<java.io.InputStream> stream(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    public HttpResponse<String> form(String path, Map<String, String> fields) {
        var body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in through the HTML form (CSRF token from the form, second step when asked) like a browser. */
    public HttpResponse<String> formLogin(String user, String password) {
        get("/console/login");
        var r = form("/console/login", Map.of("_csrf", csrf, "username", user, "password", password));
        var pending = java.util.regex.Pattern.compile("name=\"pending\" value=\"([^\"]+)\"").matcher(r.body());
        var code = otp.apply(user);
        if (r.statusCode() == 200 && pending.find() && code != null) {
            var m = CSRF.matcher(r.body());
            r = form("/console/login", Map.of("_csrf", m.find() ? m.group(1) : csrf, "pending", pending.group(1),
                    "otp", code));
        }
        return r;
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> json(String method, String path, JsonObject body) {
        return jsonWithToken(method, path, body, csrf);
    }

    /** A JSON body given as text (for numbers JsonObject cannot write, such as 1e999). */
    public HttpResponse<String> rawJson(String method, String path, String body) {
        var b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
        if (!csrf.isEmpty()) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b.method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> jsonWithToken(String method, String path, JsonObject body, String token) {
        var b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
        if (token != null && !token.isEmpty()) {
            b.header("X-CSRF-Token", token);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.encode())));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
