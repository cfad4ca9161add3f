package id.pita.portal.web;

import id.pita.portal.i18n.Lang;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The one way to answer an error: JSON {@code {"error": {"code": code, "message": text}}} (the {@code Error}
 * schema of {@code console/openapi.yaml}, the same shape for every 4xx and 5xx) for API callers (path under
 * {@code /api} or an Accept header asking for JSON and not HTML), otherwise a small HTML page in the request's
 * language with a link back. Messages are given in both languages so a caller needs no bundle key.
 */
public final class HttpErrors {
    private HttpErrors() {
    }

    /**
     * Ends the response with {@code status}.
     *
     * @param code      a stable machine code, e.g. {@code rate_limited} (JSON writes {@code -} as {@code _})
     * @param messageId the text in Bahasa Indonesia
     * @param messageEn the same in English
     */
    public static void send(RoutingContext ctx, int status, String code, String messageId, String messageEn) {
        var response = ctx.response();
        if (response.ended()) {
            return;
        }
        if (response.headWritten()) {
            response.reset();
            return;
        }
        var lang = Languages.of(ctx);
        var message = lang == Lang.EN ? messageEn : messageId;
        response.setStatusCode(status);
        if (wantsJson(ctx)) {
            response.putHeader("Content-Type", "application/json; charset=utf-8")
                    .end(json(code.replace('-', '_'), message, null).encode());
        } else {
            response.putHeader("Content-Type", "text/html; charset=utf-8").end(page(lang, status, message));
        }
    }

    /**
     * The one JSON error document: {@code {"error": {"code": ..., "message": ..., "field": ...}}}.
     *
     * @param field the offending field ({@code guarantee.down}), or null
     */
    public static JsonObject json(String code, String message, String field) {
        var e = new JsonObject().put("code", code).put("message", message);
        if (field != null) {
            e.put("field", field);
        }
        return new JsonObject().put("error", e);
    }

    /** The HTML error page body, exposed so handlers that render their own layout can reuse it. */
    public static String page(Lang lang, int status, String message) {
        var title = lang == Lang.EN ? "Sorry" : "Maaf";
        var back = lang == Lang.EN ? "Back to the start page" : "Kembali ke halaman awal";
        return Html.page(lang, title + " (" + status + ")", "<h1>" + Html.escape(title) + "</h1><p class=\"err\">"
                + Html.escape(message) + "</p><p><a href=\"/\">" + Html.escape(back) + "</a></p>");
    }

    static boolean wantsJson(RoutingContext ctx) {
        if (ctx.request().path() != null && ctx.request().path().startsWith("/api")) {
            return true;
        }
        var accept = ctx.request().getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
