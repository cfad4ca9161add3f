package id.pita.portal.citizen;

import id.pita.portal.i18n.Lang;
import id.pita.portal.web.Languages;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/**
 * GET {@code /}: recognises the gateway's handshake and shows the splash; CoovaChilli's {@code res=success}
 * and {@code already} show the status page instead, {@code logoff} and {@code failed} the splash with a notice.
 */
final class SplashHandler implements Handler<RoutingContext> {
    private final CitizenPortal portal;

    SplashHandler(CitizenPortal portal) {
        this.portal = portal;
    }

    @Override
    public void handle(RoutingContext ctx) {
        // The query is decoded once, here, for both the handshake and the language (not again by Vert.x's params()).
        var uri = ctx.request().absoluteURI();
        var params = Handshakes.params(uri);
        show(ctx, uri, params, language(ctx, params));
    }

    /**
     * The language as {@link Languages#of(RoutingContext)} finds it, from the query decoded here: the last value of
     * a {@code lang} parameter named in any case. When the decoding stopped at its parameter limit, a later
     * {@code lang} may be cut off: then Vert.x decodes the query itself, as before.
     */
    static Lang language(RoutingContext ctx, Map<String, List<String>> params) {
        return decodedAll(params) ? Languages.of(ctx, lastLang(params)) : Languages.of(ctx);
    }

    /** False when the decoding may have stopped at its limit of {@link Handshakes#MAX_PARAMS} parameters. */
    static boolean decodedAll(Map<String, List<String>> params) {
        int values = 0;
        for (var v : params.values()) {
            values += v.size();
        }
        return values < Handshakes.MAX_PARAMS;
    }

    /** The last value of a {@code lang} parameter, named in any case; null if there is none. */
    static String lastLang(Map<String, List<String>> params) {
        String last = null;
        for (var e : params.entrySet()) {
            var v = e.getValue();
            if (!v.isEmpty() && "lang".equalsIgnoreCase(e.getKey())) {
                last = v.get(v.size() - 1);
            }
        }
        return last;
    }

    /**
     * A POSTed hand-off (MikroTik's {@code login.html} posts its variables, as the vendor's own example does):
     * the form's fields become the query of the same URL, so the handshake reads and signs exactly as a GET.
     */
    void handleForm(RoutingContext ctx) {
        var absolute = ctx.request().absoluteURI();
        int q = absolute.indexOf('?');
        var sb = new StringBuilder(q < 0 ? absolute : absolute.substring(0, q));
        char sep = '?';
        for (var e : ctx.request().formAttributes().entries()) {
            sb.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        var uri = sb.toString();
        show(ctx, uri, Handshakes.params(uri), Languages.of(ctx));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void show(RoutingContext ctx, String uri, Map<String, List<String>> params, Lang lang) {
        try {
            var hs = Handshakes.parse(uri, params);
            var hotspot = portal.resolve(hs);
            var now = portal.services.clock().instant();
            if (hs instanceof ChilliHandshake c && ("success".equals(c.res()) || "already".equals(c.res()))) {
                // The allowance comes from the store: not on the event loop. Shown only to the device itself:
                // a signed Chilli URL can be replayed by anyone who saw it.
                ctx.vertx().executeBlocking(() -> portal.fromDevice(ctx, c.mac())
                        ? portal.pages.status(lang, portal.services.usage().today(c.mac(), now), c.base() + "/logoff",
                                null)
                        : portal.pages.privateStatus(lang), false).onComplete(page -> {
                            if (page.succeeded()) {
                                CitizenPortal.html(ctx, 200, page.result());
                            } else {
                                ctx.fail(page.cause());
                            }
                        });
                return;
            }
            var hours = portal.hours.at(hotspot.site(), now);
            CitizenPortal.html(ctx, 200, portal.pages.splash(lang, hotspot, hours, now, uri, notice(lang, hs),
                    otherLanguage(ctx.request().method() == io.vertx.core.http.HttpMethod.POST ? uri
                            : ctx.request().uri(), lang)));
        } catch (PortalRefusal r) {
            portal.refuse(ctx, r);
        }
    }

    private String notice(Lang lang, Handshake hs) {
        if (hs instanceof ChilliHandshake c) {
            if ("logoff".equals(c.res())) {
                return portal.pages.text(lang, "chilli.logoff");
            }
            if ("failed".equals(c.res())) {
                return c.reply().isEmpty() ? portal.pages.text(lang, "chilli.failed-plain")
                        : portal.pages.text(lang, "chilli.failed", c.reply());
            }
        } else if (hs instanceof MikrotikHandshake m && !m.error().isEmpty()) {
            return portal.pages.text(lang, "mikrotik.error", m.error());
        }
        return null;
    }

    /**
     * The same URL with {@code lang} for the other language appended last: appending keeps a Chilli {@code md}
     * valid (it signs only what comes before it), and the last {@code lang} wins.
     */
    static String otherLanguage(String uri, Lang lang) {
        var other = lang == Lang.EN ? Lang.ID : Lang.EN;
        return uri + (uri.indexOf('?') >= 0 ? "&" : "?") + "lang=" + other.code();
    }
}
