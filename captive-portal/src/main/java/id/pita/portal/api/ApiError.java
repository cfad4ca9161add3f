package id.pita.portal.api;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The API's one error shape: {@code {"error": {"code": "...", "message": "...", "field": "..."}}}. */
public final class ApiError {
    private ApiError() {
    }

    public static JsonObject body(String code, String message, String field) {
        var e = new JsonObject().put("code", code).put("message", message);
        if (field != null) {
            e.put("field", field);
        }
        return new JsonObject().put("error", e);
    }

    public static void send(RoutingContext ctx, int status, String code, String message, String field) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body(code, message, field).encode());
    }
}
