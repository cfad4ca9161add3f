package id.pita.portal.web;

import id.pita.portal.i18n.Lang;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/** The request's language: {@code lang} parameter, then the {@value #COOKIE} cookie, then Accept-Language. */
public final class Languages {
    public static final String COOKIE = "pita_lang";

    private Languages() {
    }

    /** Resolves the language (the last {@code lang} parameter wins) and, when the request chose one explicitly, remembers it in a cookie. */
    public static Lang of(RoutingContext ctx) {
        String explicit;
        try {
            var all = ctx.request().params().getAll("lang");
            explicit = all.isEmpty() ? null : all.get(all.size() - 1);
        } catch (IllegalArgumentException malformedQuery) {
            explicit = null; // answering the 400 for that query needs a language too
        }
        return of(ctx, explicit);
    }

    /**
     * As {@link #of(RoutingContext)}, with the last {@code lang} parameter (its name in any case, as Vert.x's
     * {@code params()} matches it) already read by the caller from its own decoding of the query; null if none.
     */
    public static Lang of(RoutingContext ctx, String explicit) {
        var cookie = ctx.request().getCookie(COOKIE);
        var lang = Lang.resolve(explicit, cookie == null ? null : cookie.getValue(),
                ctx.request().getHeader("Accept-Language"));
        if (explicit != null && !explicit.isBlank() && !ctx.response().headWritten()) {
            ctx.response().addCookie(Cookie.cookie(COOKIE, lang.code()).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.LAX).setSecure(ctx.request().isSSL()).setMaxAge(365L * 24 * 3600));
        }
        return lang;
    }
}
