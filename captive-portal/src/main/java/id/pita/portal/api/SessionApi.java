package id.pita.portal.api;

import id.pita.portal.auth.Accounts;
import id.pita.portal.auth.WebAuth;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/** {@code /login}, {@code /logout}, {@code /me}. Login answers with the CSRF token for later requests. */
final class SessionApi {
    private final WebAuth auth;

    SessionApi(WebAuth auth) {
        this.auth = auth;
    }

    void mount(ApiRoutes api, Router r) {
        api.route(r, HttpMethod.POST, "/login", false, (ctx, none, f) -> {
            var holder = new JsonObject[1];
            var result = auth.accounts().login(f.optional("username"), f.optional("password"),
                    WebAuth.clientAddress(ctx),
                    u -> {
                        var s = auth.start(ctx, u);
                        holder[0] = me(s);
                    });
            if (result == Accounts.LoginResult.THROTTLED) {
                ApiError.send(ctx, 429, "throttled", "too many failed logins; try again later", null);
                return null;
            }
            if (result == Accounts.LoginResult.BAD_CREDENTIALS) {
                ApiError.send(ctx, 401, "bad_credentials", "wrong user name or password", null);
                return null;
            }
            return holder[0];
        });
        api.route(r, HttpMethod.POST, "/logout", true, (ctx, actor, f) -> {
            auth.end(ctx);
            return null;
        });
        api.route(r, HttpMethod.GET, "/me", true, (ctx, actor, f) -> me(auth.session(ctx).orElseThrow()));
    }

    private static JsonObject me(id.pita.portal.auth.ConsoleSession s) {
        return new JsonObject().put("username", s.actor().username()).put("role", s.actor().role().name())
                .put("siteCode", s.actor().siteCode()).put("csrfToken", s.csrfToken());
    }
}
