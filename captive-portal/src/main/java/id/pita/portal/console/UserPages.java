package id.pita.portal.console;

import static id.pita.portal.console.Pages.input;

import id.pita.portal.auth.Role;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /console/users} (admins): create a user (a one-time password shown once), reset a password, disable,
 * enable, delete, change a role. Creating or promoting an admin asks for the acting admin's password.
 */
final class UserPages {
    private final Pages pages;

    UserPages(Pages pages) {
        this.pages = pages;
    }

    void mount(Router r) {
        r.get("/console/users").blockingHandler(ConsoleRoutes.safe(pages, ctx -> users(ctx, null, "")), false);
        r.post("/console/users").blockingHandler(ctx -> {
            var pw = new String[] {""};
            pages.submit(ctx, "user", null, f -> pw[0] = pages.service.createUser(pages.actor(ctx), f),
                    (c, st) -> users(c, st, ""));
            if (!ctx.response().ended()) {
                users(ctx, null, once(ctx, pw[0]));
            }
        }, false);
        r.post("/console/users/:username/reset").blockingHandler(ctx -> {
            var pw = new String[] {""};
            pages.submit(ctx, "users", null, f -> pw[0] = pages.service.resetUser(pages.actor(ctx),
                    ctx.pathParam("username")), (c, st) -> users(c, st, ""));
            if (!ctx.response().ended()) {
                users(ctx, null, once(ctx, pw[0]));
            }
        }, false);
        for (var off : new boolean[] {true, false}) {
            r.post("/console/users/:username/" + (off ? "disable" : "enable")).blockingHandler(ctx -> pages.submit(
                    ctx, "users", "/console/users", f -> pages.service.setUserDisabled(pages.actor(ctx),
                            ctx.pathParam("username"), off), (c, st) -> users(c, st, "")), false);
        }
        r.post("/console/users/:username/delete").blockingHandler(ctx -> pages.submit(ctx, "users", "/console/users",
                f -> pages.service.deleteUser(pages.actor(ctx), ctx.pathParam("username")),
                (c, st) -> users(c, st, "")), false);
        r.post("/console/users/:username/role").blockingHandler(ctx -> pages.submit(ctx, "users", "/console/users",
                f -> pages.service.changeRole(pages.actor(ctx), ctx.pathParam("username"), f),
                (c, st) -> users(c, st, "")), false);
    }

    private static String once(RoutingContext ctx, String password) {
        return "<p class=\"ok\">" + Html.esc(Text.t(Pages.lang(ctx), "passwordOnce")) + " <code id=\"once\">"
                + Html.esc(password) + "</code></p>";
    }

    private String button(RoutingContext ctx, String user, String action, String label) {
        return "<form class=\"inline\" method=\"post\" action=\"/console/users/" + Html.esc(user) + "/" + action
                + "\">" + pages.csrf(ctx) + "<button>" + Html.esc(label) + "</button></form> ";
    }

    private void users(RoutingContext ctx, FormState st, String notice) {
        var lang = Pages.lang(ctx);
        var me = pages.actor(ctx);
        var sb = new StringBuilder(notice + Pages.error(lang, st, "users") + "<section><table><tr><th>"
                + Html.esc(Text.t(lang, "username")) + "</th><th>" + Html.esc(Text.t(lang, "role"))
                + "</th><th>Lokasi</th><th>TOTP</th><th></th></tr>");
        for (var u : pages.service.users(me)) {
            sb.append("<tr><td>").append(Html.esc(u.username())).append(u.disabled() ? " (" + Html.esc(Text.t(lang,
                    "disabled")) + ")" : "").append("</td><td>").append(u.role()).append("</td><td>")
                    .append(Html.esc(u.siteCode() == null ? "" : u.siteCode())).append("</td><td>")
                    .append(u.hasTotp() ? "✓" : "").append("</td><td>");
            if (!u.username().equals(me.username())) {
                sb.append(button(ctx, u.username(), "reset", Text.t(lang, "resetPassword")))
                        .append(button(ctx, u.username(), u.disabled() ? "enable" : "disable",
                                Text.t(lang, u.disabled() ? "enable" : "disable")))
                        .append(button(ctx, u.username(), "delete", Text.t(lang, "delete")))
                        .append("<form class=\"inline\" method=\"post\" action=\"/console/users/")
                        .append(Html.esc(u.username())).append("/role\">").append(pages.csrf(ctx))
                        .append(Pages.select("role", Text.t(lang, "role"), u.role(), Role.values()))
                        .append("<input name=\"siteCode\" aria-label=\"site\" placeholder=\"site (OPD)\" value=\"")
                        .append(Html.esc(u.siteCode() == null ? "" : u.siteCode())).append("\">")
                        .append("<input name=\"currentPassword\" type=\"password\" autocomplete=\"current-password\" "
                                + "aria-label=\"password\" placeholder=\"")
                        .append(Html.esc(Text.t(lang, "reauth"))).append(" (admin)\"><button>")
                        .append(Html.esc(Text.t(lang, "changeRole"))).append("</button></form>");
            }
            sb.append("</td></tr>");
        }
        sb.append("</table></section><section>").append(Pages.error(lang, st, "user"))
                .append("<form method=\"post\" action=\"/console/users\">").append(pages.csrf(ctx))
                .append("<div class=\"grid\">")
                .append(input(st, "user", "username", Text.t(lang, "username"), "", "text"))
                .append(Pages.select("role", Text.t(lang, "role"), Role.OPD, Role.values()))
                .append(input(st, "user", "siteCode", "Lokasi (OPD)", "", "text"))
                .append(AccountPages.password("user", "currentPassword", Text.t(lang, "reauth") + " — admin",
                        "current-password").replace(" required", ""))
                .append("</div><button>").append(Html.esc(Text.t(lang, "add"))).append("</button></form></section>");
        pages.send(ctx, ctx.response().getStatusCode(), "users", sb.toString(), "");
    }
}
