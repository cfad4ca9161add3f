package id.pita.portal.console;

import id.pita.portal.auth.Accounts;
import id.pita.portal.auth.WebAuth;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Mounts the console ({@code /console...}) on a router (the admin listener's; the status page, {@code /health}
 * and {@code /metrics} are {@link StatusRoutes}). Every console page but the login needs a session; every POST
 * needs the session's CSRF token. Handlers
 * run as blocking handlers because ports may touch the database and login runs PBKDF2.
 */
public final class ConsoleRoutes {
    private final Pages pages;

    public ConsoleRoutes(WebAuth auth, ConsoleService service) {
        this.pages = new Pages(auth, service);
    }

    public void mount(Router router) {
        router.routeWithRegex("/console(/.*)?").handler(BodyHandler.create().setBodyLimit(64 * 1024));
        router.routeWithRegex("/console(/.*)?").handler(this::securityHeaders);
        router.get("/console/login").handler(ctx -> loginPage(ctx, ""));
        router.post("/console/login").blockingHandler(this::login, false);
        router.routeWithRegex("/console(/.*)?").handler(this::guard);
        router.post("/console/logout").handler(ctx -> {
            pages.auth.end(ctx);
            Pages.seeOther(ctx, "/console/login");
        });
        new DashboardPage(pages).mount(router);
        new DistrictPages(pages).mount(router);
        new CalendarPages(pages).mount(router);
        new BoostPages(pages).mount(router);
        new VoucherPages(pages).mount(router);
        new ReportPages(pages).mount(router);
    }

    /** Wraps a page handler so a refusal from the service becomes its status page. */
    static Handler<RoutingContext> safe(Pages pages, Handler<RoutingContext> h) {
        return ctx -> {
            try {
                h.handle(ctx);
            } catch (ConsoleError e) {
                pages.refuse(ctx, e);
            } catch (id.pita.core.InvalidValueException e) {
                ctx.response().setStatusCode(400).end(e.getMessage());
            }
        };
    }

    private void securityHeaders(RoutingContext ctx) {
        ctx.response().putHeader("X-Frame-Options", "DENY").putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "same-origin")
                .putHeader("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                        + "script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'");
        ctx.next();
    }

    private void guard(RoutingContext ctx) {
        if (ctx.request().path().equals("/console/login")) {
            ctx.next();
            return;
        }
        var session = pages.auth.session(ctx);
        if (session.isEmpty()) {
            if (ctx.request().method() == HttpMethod.GET) {
                ctx.redirect("/console/login");
            } else {
                ctx.response().setStatusCode(403).end("login required");
            }
            return;
        }
        if (!pages.auth.csrfOk(ctx, session.get())) {
            ctx.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("CSRF token missing or wrong / token CSRF tidak ada atau salah");
            return;
        }
        ctx.next();
    }

    private void login(RoutingContext ctx) {
        var user = ctx.request().getFormAttribute("username");
        var result = pages.auth.accounts().login(user, ctx.request().getFormAttribute("password"),
                WebAuth.clientAddress(ctx), u -> pages.auth.start(ctx, u));
        var lang = Pages.lang(ctx);
        if (result == Accounts.LoginResult.OK) {
            Pages.seeOther(ctx, "/console");
        } else if (result == Accounts.LoginResult.THROTTLED) {
            ctx.response().setStatusCode(429);
            loginPage(ctx, Text.t(lang, "throttled"));
        } else {
            ctx.response().setStatusCode(401);
            loginPage(ctx, Text.t(lang, "badLogin"));
        }
    }

    private void loginPage(RoutingContext ctx, String message) {
        var lang = Pages.lang(ctx);
        var body = "<section>" + (message.isEmpty() ? "" : "<p class=\"err\" role=\"alert\">" + Html.esc(message)
                + "</p>")
                + "<form method=\"post\" action=\"/console/login\"><label for=\"u\">" + Html.esc(Text.t(lang,
                        "username"))
                + "</label><input id=\"u\" name=\"username\" autocomplete=\"username\" required><label for=\"p\">"
                + Html.esc(Text.t(lang, "password")) + "</label><input id=\"p\" name=\"password\" type=\"password\" "
                + "autocomplete=\"current-password\" required><br><button>" + Html.esc(Text.t(lang, "login"))
                + "</button></form></section>";
        var other = "en".equals(lang) ? "id" : "en";
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(Html.page(lang, "Pita — "
                + Text.t(lang, "login"), "<b>Pita</b><a href=\"?lang=" + other + "\">" + (other.equals("en") ? "English"
                : "Bahasa Indonesia") + "</a>", body, ""));
    }
}
