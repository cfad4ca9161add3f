package id.pita.portal.auth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * Vert.x glue for console sessions: the session cookie ({@code HttpOnly; SameSite=Strict; Path=/}, Secure when
 * configured), finding the session of a request, and the CSRF check for state-changing methods. The token
 * comes from the form field {@code _csrf} or the {@code X-CSRF-Token} header. Thread-safe.
 */
public final class WebAuth {
    public static final String COOKIE = "pita_session";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String KEY = "pita.session";
    private final SessionStore sessions;
    private final Accounts accounts;
    private final boolean secureCookie;

    public WebAuth(SessionStore sessions, Accounts accounts, boolean secureCookie) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.secureCookie = secureCookie;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** The request's live session, looked up once and cached on the context. */
    public Optional<ConsoleSession> session(RoutingContext ctx) {
        ConsoleSession cached = ctx.get(KEY);
        if (cached != null) {
            return Optional.of(cached);
        }
        var cookie = ctx.request().getCookie(COOKIE);
        var s = sessions.touch(cookie == null ? null : cookie.getValue());
        s.ifPresent(v -> ctx.put(KEY, v));
        return s;
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

    /** Starts a session for {@code user} and sets its cookie. */
    public ConsoleSession start(RoutingContext ctx, User user) {
        var s = sessions.create(user.actor());
        ctx.response().addCookie(cookie(s.id()));
        ctx.put(KEY, s);
        return s;
    }

    public void end(RoutingContext ctx) {
        session(ctx).ifPresent(s -> sessions.remove(s.id()));
        ctx.response().addCookie(cookie("").setMaxAge(0));
    }

    public static String clientAddress(RoutingContext ctx) {
        var a = ctx.request().remoteAddress();
        return a == null ? "?" : a.hostAddress();
    }

    private Cookie cookie(String value) {
        return Cookie.cookie(COOKIE, value).setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setPath("/")
                .setSecure(secureCookie);
    }
}
