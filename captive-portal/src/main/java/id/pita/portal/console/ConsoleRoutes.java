package id.pita.portal.console;

import id.pita.portal.auth.WebAuth;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Mounts the console ({@code /console...}) on a router (the admin listener's; the status page, {@code /health}
 * and {@code /metrics} are {@link StatusRoutes}). Every console page but the login needs a session; every POST
 * needs the session's CSRF token (the log-in form its pre-session token). A session that must first change its
 * password or enrol a second factor reaches only {@code /console/account}. Refusals are audited. Handlers run as
 * blocking handlers because ports may touch the database and login runs PBKDF2.
 */
public final class ConsoleRoutes {
    private final Pages pages;

    public ConsoleRoutes(WebAuth auth, ConsoleService service) {
        this.pages = new Pages(auth, service);
    }

    public void mount(Router router) {
        router.routeWithRegex("/console(/.*)?").handler(BodyHandler.create().setBodyLimit(64 * 1024));
        router.routeWithRegex("/console(/.*)?").handler(ConsoleRoutes::securityHeaders);
        router.get("/console/login").handler(ctx -> loginPage(ctx, 200, "", null));
        router.post("/console/login").blockingHandler(this::login, false);
        router.routeWithRegex("/console(/.*)?").blockingHandler(this::guard, false);
        router.post("/console/logout").handler(ctx -> {
            pages.auth.end(ctx);
            Pages.seeOther(ctx, "/console/login");
        });
        new DashboardPage(pages).mount(router);
        new DistrictPages(pages).mount(router);
        new CalendarPages(pages).mount(router);
        new BoostPages(pages).mount(router);
        new AccountPages(pages).mount(router);
        new UserPages(pages).mount(router);
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
                ctx.response().setStatusCode(400).putHeader("Content-Type", "text/plain; charset=utf-8")
                        .end(e.getMessage());
            }
        };
    }

    private static void securityHeaders(RoutingContext ctx) {
        ctx.response().putHeader("X-Frame-Options", "DENY").putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "same-origin").putHeader("Cache-Control", "no-store")
                .putHeader("Content-Security-Policy", Html.CSP);
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
                text(ctx, 403, "login required / harus masuk dulu");
            }
            return;
        }
        if (!pages.auth.csrfOk(ctx, session.get())) {
            pages.service.denied(session.get().actor(), ctx.request().method().name(), ctx.request().path(), "csrf");
            text(ctx, 403, "CSRF token missing or wrong / token CSRF tidak ada atau salah");
            return;
        }
        var path = ctx.request().path();
        if (session.get().restricted() && !path.equals("/console/logout") && !path.equals("/console/account")
                && !path.startsWith("/console/account/")) {
            if (ctx.request().method() == HttpMethod.GET) {
                ctx.redirect("/console/account");
            } else {
                text(ctx, 403, "finish your account set-up first / selesaikan pengaturan akun dulu");
            }
            return;
        }
        ctx.next();
    }

    private static void text(RoutingContext ctx, int status, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/plain; charset=utf-8").end(message);
    }

    private void login(RoutingContext ctx) {
        var lang = Pages.lang(ctx);
        if (!pages.auth.loginCsrfOk(ctx)) {
            pages.service.denied(null, "POST", "/console/login", "login-csrf");
            loginPage(ctx, 403, Text.t(lang, "forbidden") + ": CSRF", null);
            return;
        }
        var address = WebAuth.clientAddress(ctx);
        var form = ctx.request();
        var pending = form.getFormAttribute("pending");
        var outcome = pending != null && !pending.isEmpty()
                ? pages.auth.accounts().secondStep(pending, form.getFormAttribute("otp"), address)
                : pages.auth.accounts().login(form.getFormAttribute("username"), form.getFormAttribute("password"),
                        form.getFormAttribute("otp"), address);
        switch (outcome.result()) {
            case OK -> {
                pages.auth.start(ctx, outcome.user());
                Pages.seeOther(ctx, "/console");
            }
            case OTP_REQUIRED -> loginPage(ctx, 200, "", outcome.pendingToken());
            case BAD_OTP -> loginPage(ctx, 401, Text.t(lang, "badOtp"), outcome.pendingToken());
            case THROTTLED -> {
                ctx.response().putHeader("Retry-After", Long.toString(outcome.retryAfter().toSeconds() + 1));
                loginPage(ctx, 429, Text.t(lang, "throttled"), null);
            }
            default -> loginPage(ctx, 401, Text.t(lang, "badLogin"), null);
        }
    }

    /** The log-in form, or with {@code pending} the second step asking for the code. */
    private void loginPage(RoutingContext ctx, int status, String message, String pending) {
        var lang = Pages.lang(ctx);
        var token = pages.auth.loginToken(ctx);
        var sb = new StringBuilder("<section>");
        if (!message.isEmpty()) {
            sb.append("<p class=\"err\" role=\"alert\">").append(Html.esc(message)).append("</p>");
        }
        sb.append("<form method=\"post\" action=\"/console/login\"><input type=\"hidden\" name=\"")
                .append(WebAuth.CSRF_FIELD).append("\" value=\"").append(Html.esc(token)).append("\">");
        if (pending == null) {
            sb.append("<label for=\"u\">").append(Html.esc(Text.t(lang, "username")))
                    .append("</label><input id=\"u\" name=\"username\" autocomplete=\"username\" maxlength=\"100\" "
                            + "required><label for=\"p\">").append(Html.esc(Text.t(lang, "password")))
                    .append("</label><input id=\"p\" name=\"password\" type=\"password\" "
                            + "autocomplete=\"current-password\" maxlength=\"128\" required>");
        } else {
            sb.append("<input type=\"hidden\" name=\"pending\" value=\"").append(Html.esc(pending))
                    .append("\"><label for=\"otp\">").append(Html.esc(Text.t(lang, "otpPrompt")))
                    .append("</label><input id=\"otp\" name=\"otp\" autocomplete=\"one-time-code\" "
                            + "maxlength=\"20\" required autofocus>");
        }
        sb.append("<br><button>").append(Html.esc(Text.t(lang, "login"))).append("</button></form></section>");
        var other = "en".equals(lang) ? "id" : "en";
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
                .end(Html.page(lang, "Pita — " + Text.t(lang, "login"), "<b>Pita</b><a href=\"?lang=" + other + "\">"
                        + (other.equals("en") ? "English" : "Bahasa Indonesia") + "</a>", sb.toString(), ""));
    }

}
