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
    public String csrf = "";

    public Client(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Logs in over the JSON API and keeps the CSRF token. */
    public HttpResponse<String> login(String user, String password) {
        var r = json("POST", "/api/v1/login", new JsonObject().put("username", user).put("password", password));
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
