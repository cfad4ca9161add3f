package id.pita.portal.api;

import id.pita.portal.web.HttpErrors;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The API's one error shape: {@code {"error": {"code": "...", "message": "...", "field": "..."}}}, the same as
 * every other JSON error ({@link HttpErrors#json}).
 */
public final class ApiError {
    private ApiError() {
    }

    public static JsonObject body(String code, String message, String field) {
        return HttpErrors.json(code, message, field);
    }

    public static void send(RoutingContext ctx, int status, String code, String message, String field) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body(code, message, field).encode());
    }
}
