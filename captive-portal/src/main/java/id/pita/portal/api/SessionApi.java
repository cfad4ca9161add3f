package id.pita.portal.api;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;

import id.pita.portal.auth.ConsoleSession;
import id.pita.portal.auth.WebAuth;
import id.pita.portal.console.ConsoleError;
import id.pita.portal.console.ConsoleService;
import id.pita.portal.console.Fields;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * {@code /login} (JSON only; {@code otp} with the password when the user has a second factor), {@code /logout},
 * {@code /me}, and one's own account: password and sessions. Login answers with the CSRF token for later
 * requests.
 */
final class SessionApi {
    private final WebAuth auth;
    private final ConsoleService service;

    SessionApi(WebAuth auth, ConsoleService service) {
        this.auth = auth;
        this.service = service;
    }

    void mount(ApiRoutes api, Router r) {
        api.route(r, POST, "/login", false, (ctx, none, f) -> {
            var outcome = auth.accounts().login(f.optional("username"), f.optional("password"), f.optional("otp"),
                    WebAuth.clientAddress(ctx));
            switch (outcome.result()) {
                case OK -> {
                    return me(auth.start(ctx, outcome.user()));
                }
                case THROTTLED -> {
                    ctx.response().putHeader("Retry-After", Long.toString(outcome.retryAfter().toSeconds() + 1));
                    ApiError.send(ctx, 429, "throttled", "too many failed logins for this user from this address; "
                            + "try again later", null);
                }
                case OTP_REQUIRED -> ApiError.send(ctx, 401, "otp_required", "send the code from your authenticator "
                        + "app (or a recovery code) as otp", "otp");
                case BAD_OTP -> ApiError.send(ctx, 401, "bad_otp", "wrong verification code", "otp");
                default -> ApiError.send(ctx, 401, "bad_credentials", "wrong user name or password", null);
            }
            return null;
        });
        api.route(r, POST, "/logout", true, (ctx, actor, f) -> {
            auth.end(ctx);
            return null;
        });
        api.route(r, GET, "/me", true, (ctx, actor, f) -> me(auth.session(ctx).orElseThrow()));
        api.route(r, POST, "/account/password", true, (ctx, actor, f) -> {
            auth.accounts().changePassword(auth.session(ctx).orElseThrow(), f.optional("currentPassword"),
                    f.optional("newPassword"));
            return null;
        });
        api.route(r, POST, "/account/totp", true, (ctx, actor, f) -> {
            var codes = auth.accounts().enrolTotp(auth.session(ctx).orElseThrow(), f.optional("currentPassword"),
                    f.optional("secret"), f.optional("code"));
            return new JsonObject().put("recoveryCodes", new JsonArray(codes));
        });
        api.route(r, GET, "/account/sessions", true, (ctx, actor, f) -> {
            var mine = auth.session(ctx).orElseThrow();
            var list = new JsonArray();
            auth.sessions().list(actor.username()).forEach(s -> list.add(new JsonObject().put("id", s.id())
                    .put("current", s.id() == mine.rowId()).put("createdAt", s.createdAt().toString())
                    .put("lastSeen", s.lastSeen().toString()).put("address", s.address())
                    .put("userAgent", s.userAgent())));
            return list;
        });
        api.route(r, DELETE, "/account/sessions/:id", true, (ctx, actor, f) -> {
            var mine = auth.session(ctx).orElseThrow();
            long id = new Fields(java.util.Map.of("id", ctx.pathParam("id"))).integer("id");
            if (!auth.sessions().end(actor.username(), id)) {
                throw ConsoleError.notFound("no session " + id + " of yours");
            }
            if (id == mine.rowId()) {
                auth.end(ctx);
            }
            return null;
        });
        api.route(r, POST, "/account/sessions/end-others", true, (ctx, actor, f) -> new JsonObject().put("ended",
                auth.sessions().endOthers(actor.username(), auth.session(ctx).orElseThrow())));
    }

    private static JsonObject me(ConsoleSession s) {
        return new JsonObject().put("username", s.actor().username()).put("role", s.actor().role().name())
                .put("siteCode", s.actor().siteCode()).put("csrfToken", s.csrfToken())
                .put("restriction", s.restriction().name());
    }

}
