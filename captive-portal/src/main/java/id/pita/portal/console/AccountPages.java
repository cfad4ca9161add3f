package id.pita.portal.console;

import id.pita.portal.auth.ConsoleSession;
import id.pita.portal.auth.Totp;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code /console/account}: one's own password, second factor and log-in sessions ("end this session", "end all
 * others"). A restricted session (password to change, TOTP to enrol) can reach only this page.
 */
final class AccountPages {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Pages pages;

    AccountPages(Pages pages) {
        this.pages = pages;
    }

    void mount(Router r) {
        r.get("/console/account").blockingHandler(ConsoleRoutes.safe(pages, ctx -> page(ctx, null, "")), false);
        r.post("/console/account/password").blockingHandler(ctx -> pages.submit(ctx, "password", "/console/account",
                f -> pages.service.accounts().changePassword(pages.session(ctx), f.optional("currentPassword"),
                        f.optional("newPassword")), (c, st) -> page(c, st, "")), false);
        r.post("/console/account/totp").blockingHandler(ctx -> {
            var codes = new String[1];
            pages.submit(ctx, "totp", null, f -> codes[0] = recoveryList(pages.service.accounts().enrolTotp(
                    pages.session(ctx), f.optional("currentPassword"), f.optional("secret"), f.optional("code"))),
                    (c, st) -> page(c, st, ""));
            if (!ctx.response().ended()) {
                page(ctx, null, "<p class=\"ok\">" + Html.esc(Text.t(Pages.lang(ctx), "recoveryCodes")) + "</p>"
                        + codes[0]);
            }
        }, false);
        r.post("/console/account/sessions/end-others").blockingHandler(ctx -> {
            var s = pages.session(ctx);
            pages.service.accounts().sessions().endOthers(s.actor().username(), s);
            Pages.seeOther(ctx, "/console/account");
        }, false);
        r.post("/console/account/sessions/:id/end").blockingHandler(ConsoleRoutes.safe(pages, ctx -> {
            var s = pages.session(ctx);
            long id = new Fields(java.util.Map.of("id", ctx.pathParam("id"))).integer("id");
            if (!pages.service.accounts().sessions().end(s.actor().username(), id)) {
                throw ConsoleError.notFound("no session " + id + " of yours");
            }
            if (id == s.rowId()) {
                pages.auth.end(ctx);
                Pages.seeOther(ctx, "/console/login");
            } else {
                Pages.seeOther(ctx, "/console/account");
            }
        }), false);
    }

    private static String recoveryList(List<String> codes) {
        var sb = new StringBuilder("<ul class=\"codes\">");
        codes.forEach(c -> sb.append("<li><code>").append(Html.esc(c)).append("</code></li>"));
        return sb.append("</ul>").toString();
    }

    private void page(RoutingContext ctx, FormState st, String notice) {
        var lang = Pages.lang(ctx);
        var session = pages.session(ctx);
        var user = pages.service.accounts().users().find(session.actor().username()).orElseThrow();
        var sb = new StringBuilder(notice);
        if (session.restriction() == ConsoleSession.Restriction.CHANGE_PASSWORD) {
            sb.append("<p class=\"err\" role=\"alert\">").append(Html.esc(Text.t(lang, "mustChange"))).append("</p>");
        } else if (session.restriction() == ConsoleSession.Restriction.ENROL_TOTP) {
            sb.append("<p class=\"err\" role=\"alert\">").append(Html.esc(Text.t(lang, "mustEnrol"))).append("</p>");
        }
        sb.append("<section><h2>").append(Html.esc(Text.t(lang, "changePassword"))).append("</h2>")
                .append(Pages.error(lang, st, "password"))
                .append("<form method=\"post\" action=\"/console/account/password\">").append(pages.csrf(ctx))
                .append("<div class=\"grid\">");
        if (!user.mustChangePassword()) {
            sb.append(password("password", "currentPassword", Text.t(lang, "currentPassword"), "current-password"));
        }
        sb.append(password("password", "newPassword", Text.t(lang, "newPassword"), "new-password"))
                .append("</div><button>").append(Html.esc(Text.t(lang, "save"))).append("</button></form></section>");
        if (!user.mustChangePassword()) {
            sb.append("<section><h2>").append(Html.esc(Text.t(lang, "totp"))).append("</h2>");
            if (user.hasTotp()) {
                sb.append("<p>").append(Html.esc(Text.t(lang, "totpOn"))).append(" ")
                        .append(pages.service.accounts().recoveryCodesLeft(user.username())).append("</p>");
            } else {
                var secret = Totp.newSecret(new java.security.SecureRandom());
                sb.append(Pages.error(lang, st, "totp")).append("<p>").append(Html.esc(Text.t(lang, "totpHow")))
                        .append("</p><p><code id=\"totp-secret\">").append(Html.esc(secret)).append("</code></p><p>")
                        .append("<code class=\"muted\">").append(Html.esc(Totp.uri("Pita", user.username(), secret)))
                        .append("</code></p><form method=\"post\" action=\"/console/account/totp\">")
                        .append(pages.csrf(ctx)).append("<input type=\"hidden\" name=\"secret\" value=\"")
                        .append(Html.esc(secret)).append("\"><div class=\"grid\">")
                        .append(password("totp", "currentPassword", Text.t(lang, "currentPassword"),
                                "current-password"))
                        .append("<label for=\"totp-code\">").append(Html.esc(Text.t(lang, "totpCode")))
                        .append("</label><input id=\"totp-code\" name=\"code\" inputmode=\"numeric\" "
                                + "autocomplete=\"one-time-code\" maxlength=\"6\" required>")
                        .append("</div><button>").append(Html.esc(Text.t(lang, "enrol"))).append("</button></form>");
            }
            sb.append("</section>");
        }
        var zone = pages.service.ports().district().load().zone();
        sb.append("<section><h2>").append(Html.esc(Text.t(lang, "mySessions"))).append("</h2><table><tr><th>#</th><th>")
                .append(Html.esc(Text.t(lang, "since"))).append("</th><th>").append(Html.esc(Text.t(lang, "sessionLastSeen")))
                .append("</th><th>").append(Html.esc(Text.t(lang, "address"))).append("</th><th>Browser</th><th></th>"
                        + "</tr>");
        for (var row : pages.service.accounts().sessions().list(user.username())) {
            boolean mine = row.id() == session.rowId();
            sb.append("<tr><td>").append(row.id()).append(mine ? " " + Html.esc(Text.t(lang, "thisSession")) : "")
                    .append("</td><td>").append(LOCAL.format(row.createdAt().atZone(zone))).append("</td><td>")
                    .append(LOCAL.format(row.lastSeen().atZone(zone))).append("</td><td>").append(Html.esc(row.address()))
                    .append("</td><td>").append(Html.esc(row.userAgent())).append("</td><td>")
                    .append("<form class=\"inline\" method=\"post\" action=\"/console/account/sessions/")
                    .append(row.id()).append("/end\">").append(pages.csrf(ctx)).append("<button>")
                    .append(Html.esc(Text.t(lang, "endSession"))).append("</button></form></td></tr>");
        }
        sb.append("</table><form method=\"post\" action=\"/console/account/sessions/end-others\">")
                .append(pages.csrf(ctx)).append("<button>").append(Html.esc(Text.t(lang, "endOthers")))
                .append("</button></form></section>");
        pages.send(ctx, ctx.response().getStatusCode(), "account", sb.toString(), "");
    }

    static String password(String form, String name, String label, String autocomplete) {
        return "<label for=\"" + form + "-" + name + "\">" + Html.esc(label) + "</label><input id=\"" + form + "-"
                + name + "\" name=\"" + name + "\" type=\"password\" autocomplete=\"" + autocomplete
                + "\" maxlength=\"128\" required>";
    }
}
