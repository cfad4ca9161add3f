package id.pita.portal.console;

import id.pita.core.InvalidValueException;
import id.pita.portal.auth.Actor;
import id.pita.portal.auth.ConsoleSession;
import id.pita.portal.auth.WebAuth;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every console page needs: language, the actor, CSRF field, navigation, and the form-error cycle. */
final class Pages {
    private static final Logger LOG = LoggerFactory.getLogger(Pages.class);
    private static final java.util.Set<String> ADMIN_ONLY = java.util.Set.of("vouchers", "users", "audit");
    final WebAuth auth;
    final ConsoleService service;

    Pages(WebAuth auth, ConsoleService service) {
        this.auth = auth;
        this.service = service;
    }

    static String lang(RoutingContext ctx) {
        var q = ctx.request().getParam("lang");
        if ("en".equals(q) || "id".equals(q)) {
            ctx.response().addCookie(Cookie.cookie("pita_lang", q).setPath("/").setHttpOnly(true));
            return q;
        }
        var c = ctx.request().getCookie("pita_lang");
        return c != null && "en".equals(c.getValue()) ? "en" : "id";
    }

    ConsoleSession session(RoutingContext ctx) {
        return auth.session(ctx).orElseThrow(() -> ConsoleError.forbidden("not logged in"));
    }

    /** The session's actor; a restricted session (password change, TOTP enrolment due) has none. */
    Actor actor(RoutingContext ctx) {
        var s = session(ctx);
        if (s.restricted()) {
            throw ConsoleError.forbidden("finish your account set-up first");
        }
        return s.actor();
    }

    Actor anyActor(RoutingContext ctx) {
        return session(ctx).actor();
    }

    String csrf(RoutingContext ctx) {
        return "<input type=\"hidden\" name=\"" + WebAuth.CSRF_FIELD + "\" value=\"" + Html.esc(session(ctx)
                .csrfToken()) + "\">";
    }

    String nav(RoutingContext ctx, String lang) {
        var sb = new StringBuilder("<b>Pita</b>");
        for (var item : new String[] {"dashboard:/console", "district:/console/district", "sites:/console/sites",
                "gateways:/console/gateways", "calendar:/console/calendar", "boosts:/console/boosts",
                "vouchers:/console/vouchers", "users:/console/users", "reports:/console/reports",
                        "audit:/console/audit", "account:/console/account"}) {
            var kv = item.split(":");
            var who = anyActor(ctx);
            if (session(ctx).restricted() && !kv[0].equals("account")
                    || !who.isAdmin() && ADMIN_ONLY.contains(kv[0])) {
                continue;
            }
            sb.append("<a href=\"").append(kv[1]).append("\">").append(Html.esc(Text.t(lang, kv[0]))).append("</a>");
        }
        var other = "en".equals(lang) ? "id" : "en";
        sb.append("<a href=\"?lang=").append(other).append("\">").append(other.equals("en") ? "English"
                : "Bahasa Indonesia")
                .append("</a><span>").append(Html.esc(anyActor(ctx).username())).append("</span><form class=\"inline\" ")
                .append("method=\"post\" action=\"/console/logout\">").append(csrf(ctx)).append("<button>")
                .append(Html.esc(Text.t(lang, "logout"))).append("</button></form>");
        return sb.toString();
    }

    void send(RoutingContext ctx, int status, String titleKey, String body, String head) {
        var lang = lang(ctx);
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .end(Html.page(lang, Text.t(lang, titleKey), nav(ctx, lang), body, head));
    }

    /**
     * Runs a form's action; on success redirects (303) to {@code back}; on a bad value re-renders the page
     * with the field named (400); on a refusal shows the reason with its status.
     */
    void submit(RoutingContext ctx, String form, String back, java.util.function.Consumer<Fields> action,
                BiConsumer<RoutingContext, FormState> page) {
        var fields = Fields.of(ctx.request().formAttributes());
        try {
            action.accept(fields);
            if (back != null) {
                seeOther(ctx, back);
            }
        } catch (InvalidValueException e) {
            LOG.debug("Form {} rejected: {}", form, e.getMessage());
            ctx.response().setStatusCode(400);
            page.accept(ctx, new FormState(form, fields, e));
        } catch (ConsoleError e) {
            refuse(ctx, e);
        }
    }

    /** 303 See Other: after a POST the browser GETs the page, so a reload does not resubmit. */
    static void seeOther(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(303).putHeader("Location", location).end();
    }

    void refuse(RoutingContext ctx, ConsoleError e) {
        if (e.status() == 403) {
            service.denied(auth.session(ctx).map(ConsoleSession::actor).orElse(null), ctx.request().method().name(),
                    ctx.request().path(), e.getMessage());
        }
        send(ctx, e.status(), "forbidden", "<p class=\"err\">" + Html.esc(e.getMessage()) + "</p>", "");
    }

    /** The error banner naming the field, when {@code st} is a rejection of {@code form}. */
    static String error(String lang, FormState st, String form) {
        if (st == null || !st.form().equals(form)) {
            return "";
        }
        return "<p class=\"err\" role=\"alert\">" + Html.esc(Text.t(lang, "invalid")) + " — "
                + Html.esc(Text.t(lang, "field")) + " <b>" + Html.esc(st.error().field()) + "</b>: "
                + Html.esc(st.error().getMessage().substring(st.error().field().length() + 2)) + "</p>";
    }

    /** A labelled input, showing the submitted value after a rejection and marking the offending field. */
    static String input(FormState st, String form, String name, String label, Object current, String type) {
        var value = st != null && st.form().equals(form) ? st.submitted().optional(name) : current == null ? ""
                : current;
        var bad = st != null && st.isBad(form, name);
        if ("checkbox".equals(type)) {
            var on = st != null && st.form().equals(form) ? st.submitted().flag(name) : Boolean.TRUE.equals(current);
            return "<label><input type=\"checkbox\" name=\"" + Html.esc(name) + "\"" + (on ? " checked" : "") + "> "
                    + Html.esc(label) + "</label>";
        }
        return "<label for=\"" + Html.esc(form + "-" + name) + "\">" + Html.esc(label) + "</label><input id=\""
                + Html.esc(form + "-" + name) + "\" name=\"" + Html.esc(name) + "\" type=\"" + type + "\" value=\""
                + Html.esc(value) + "\"" + (bad ? " class=\"bad\" aria-invalid=\"true\" autofocus" : "")
                + (type.equals("number") ? " step=\"any\"" : "") + ">";
    }

    static String select(String name, String label, Object current, Object[] options) {
        var sb = new StringBuilder("<label>" + Html.esc(label) + "</label><select name=\"" + Html.esc(name) + "\">");
        for (var o : options) {
            sb.append("<option").append(o.toString().equals(String.valueOf(current)) ? " selected" : "").append(">")
                    .append(Html.esc(o)).append("</option>");
        }
        return sb.append("</select>").toString();
    }

    static String mbps(long bps) {
        return trim(bps / 1e6);
    }

    static String trim(double v) {
        var s = String.format(java.util.Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
