package id.pita.portal.auth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Vert.x glue for console sessions. The session cookie is {@code __Host-pita_session} with {@code Secure;
 * HttpOnly; SameSite=Strict; Path=/} and no Domain when the console is served over TLS ({@code secure}); the
 * {@code __Host-} prefix requires Secure, and a Secure cookie is not sent back over plain HTTP, so on plain
 * HTTP (a laptop demo on localhost) it is {@code pita_session} with the same flags but without Secure — Pita logs a
 * warning at start in that case. The log-in form carries a CSRF token bound to a pre-session cookie
 * ({@code __Host-pita_login} / {@code pita_login}); the session's own CSRF token comes from the form field
 * {@code _csrf} or the {@code X-CSRF-Token} header. A request marked as a background refresh (header
 * {@code X-Pita-Background: 1} or query {@code refresh=auto}) does not count as activity. Thread-safe.
 */
public final class WebAuth {
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String BACKGROUND_HEADER = "X-Pita-Background";
    public static final String BACKGROUND_QUERY = "refresh";
    private static final String KEY = "pita.session";
    private final SessionStore sessions;
    private final Accounts accounts;
    private final boolean secure;
    private final String cookieName;
    private final String loginCookieName;

    public WebAuth(Accounts accounts, boolean secure) {
        this.sessions = accounts.sessions();
        this.accounts = accounts;
        this.secure = secure;
        this.cookieName = secure ? "__Host-pita_session" : "pita_session";
        this.loginCookieName = secure ? "__Host-pita_login" : "pita_login";
    }

    public Accounts accounts() {
        return accounts;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public String cookieName() {
        return cookieName;
    }

    /** The request's live session, looked up once and cached on the context; the actor carries the address. */
    public Optional<ConsoleSession> session(RoutingContext ctx) {
        ConsoleSession cached = ctx.get(KEY);
        if (cached != null) {
            return Optional.of(cached);
        }
        var cookie = ctx.request().getCookie(cookieName);
        var s = sessions.touch(cookie == null ? null : cookie.getValue(), background(ctx))
                .map(v -> new ConsoleSession(v.token(), v.rowId(), v.actor().at(clientAddress(ctx)), v.csrfToken(),
                        v.restriction(), v.createdAt()));
        s.ifPresent(v -> ctx.put(KEY, v));
        return s;
    }

    /** The request's session looked up again (not from the context's cache), as a background request. */
    public Optional<ConsoleSession> recheck(RoutingContext ctx) {
        var cookie = ctx.request().getCookie(cookieName);
        return sessions.touch(cookie == null ? null : cookie.getValue(), true)
                .map(v -> new ConsoleSession(v.token(), v.rowId(), v.actor().at(clientAddress(ctx)), v.csrfToken(),
                        v.restriction(), v.createdAt()));
    }

    static boolean background(RoutingContext ctx) {
        return "1".equals(ctx.request().getHeader(BACKGROUND_HEADER))
                || "auto".equals(ctx.request().getParam(BACKGROUND_QUERY));
    }

    /** True for GET/HEAD/OPTIONS, or when the submitted token matches the session's. */
    public boolean csrfOk(RoutingContext ctx, ConsoleSession session) {
        var m = ctx.request().method();
        if (m == HttpMethod.GET || m == HttpMethod.HEAD || m == HttpMethod.OPTIONS) {
            return true;
        }
        var token = ctx.request().getHeader(CSRF_HEADER);
        if (token == null) {
            token = ctx.request().getFormAttribute(CSRF_FIELD);
        }
        return SessionStore.csrfMatches(session, token);
    }

    /** The log-in form's CSRF token: reuses the pre-session cookie's or sets a new one. */
    public String loginToken(RoutingContext ctx) {
        var c = ctx.request().getCookie(loginCookieName);
        if (c != null && c.getValue().matches("[A-Za-z0-9_-]{43}")) {
            return c.getValue();
        }
        var token = sessions.token();
        ctx.response().addCookie(cookie(loginCookieName, token));
        return token;
    }

    /** True when the log-in form's token matches its pre-session cookie (constant time). */
    public boolean loginCsrfOk(RoutingContext ctx) {
        var c = ctx.request().getCookie(loginCookieName);
        var submitted = ctx.request().getFormAttribute(CSRF_FIELD);
        return c != null && submitted != null && MessageDigest.isEqual(c.getValue().getBytes(StandardCharsets.UTF_8),
                submitted.getBytes(StandardCharsets.UTF_8));
    }

    /** Starts a session for {@code user} and sets its cookie (a new token: no session fixation). */
    public ConsoleSession start(RoutingContext ctx, User user) {
        var s = sessions.create(user, clientAddress(ctx), ctx.request().getHeader("User-Agent"));
        s = new ConsoleSession(s.token(), s.rowId(), s.actor().at(clientAddress(ctx)), s.csrfToken(), s.restriction(),
                s.createdAt());
        ctx.response().addCookie(cookie(cookieName, s.token()));
        ctx.put(KEY, s);
        return s;
    }

    public void end(RoutingContext ctx) {
        session(ctx).ifPresent(sessions::end);
        ctx.remove(KEY);
        ctx.response().addCookie(cookie(cookieName, "").setMaxAge(0));
    }

    public static String clientAddress(RoutingContext ctx) {
        var a = ctx.request().remoteAddress();
        return a == null ? "?" : a.hostAddress();
    }

    private Cookie cookie(String name, String value) {
        return Cookie.cookie(name, value).setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setPath("/")
                .setSecure(secure);
    }
}
