package id.pita.portal.api;

import id.pita.core.InvalidValueException;
import id.pita.portal.auth.Actor;
import id.pita.portal.auth.WebAuth;
import id.pita.portal.console.ConsoleError;
import id.pita.portal.console.ConsoleService;
import id.pita.portal.console.Fields;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Mounts {@code /api/v1}. Every route is declared through {@link #route}, which checks the session and CSRF
 * token, parses the JSON body, runs the operation on a worker thread and maps errors to the one JSON shape.
 */
public final class ApiRoutes {
    static final String BASE = "/api/v1";
    private final WebAuth auth;
    private final ConsoleService service;

    public ApiRoutes(WebAuth auth, ConsoleService service) {
        this.auth = auth;
        this.service = service;
    }

    /** A result other than a 200 JSON document. */
    record Result(int status, String contentType, String body) {
        static Result created(JsonObject json) {
            return new Result(201, "application/json; charset=utf-8", json.encode());
        }
    }

    public void mount(Router router) {
        router.route(BASE + "/*").handler(BodyHandler.create().setBodyLimit(64 * 1024));
        router.route(BASE + "/*").handler(ctx -> {
            ctx.response().putHeader("Cache-Control", "no-store").putHeader("X-Content-Type-Options", "nosniff");
            ctx.next();
        });
        new SessionApi(auth, service).mount(this, router);
        new DistrictApi(service).mount(this, router);
        new OperationsApi(service).mount(this, router);
        router.route(BASE + "/*").last().handler(ctx -> ApiError.send(ctx, 404, "not_found", "no such API route",
                null));
    }

    /** Declares one route; {@code path} uses Vert.x's {@code :param} syntax. */
    void route(Router router, HttpMethod method, String path, boolean needsLogin, ApiHandler handler) {
        router.route(method, BASE + path).blockingHandler(ctx -> run(ctx, needsLogin, handler), false);
    }

    private void run(RoutingContext ctx, boolean needsLogin, ApiHandler handler) {
        Actor actor = null;
        if (!jsonOrNoBody(ctx)) {
            ApiError.send(ctx, 415, "unsupported_media_type", "send the body as Content-Type: application/json",
                    null);
            return;
        }
        try {
            if (needsLogin) {
                var session = auth.session(ctx);
                if (session.isEmpty()) {
                    ApiError.send(ctx, 401, "unauthenticated", "log in first (POST /api/v1/login)", null);
                    return;
                }
                actor = session.get().actor();
                if (!auth.csrfOk(ctx, session.get())) {
                    service.denied(actor, ctx.request().method().name(), ctx.request().path(), "csrf");
                    ApiError.send(ctx, 403, "csrf", "missing or wrong X-CSRF-Token header", null);
                    return;
                }
                var path = ctx.request().path();
                if (session.get().restricted() && !path.equals(BASE + "/me") && !path.equals(BASE + "/logout")
                        && !path.startsWith(BASE + "/account/")) {
                    service.denied(actor, ctx.request().method().name(), path, "account set-up due");
                    ApiError.send(ctx, 403, "account_setup", session.get().restriction() == id.pita.portal.auth
                            .ConsoleSession.Restriction.CHANGE_PASSWORD ? "change your password first "
                            + "(POST /api/v1/account/password)" : "admins must enrol a second factor first "
                            + "(console: /console/account)", null);
                    return;
                }
            }
            reply(ctx, handler.handle(ctx, actor, body(ctx)));
        } catch (InvalidValueException e) {
            ApiError.send(ctx, 400, "invalid", e.getMessage().substring(e.field().length() + 2), e.field());
        } catch (ConsoleError e) {
            if (e.status() == 403) {
                service.denied(actor, ctx.request().method().name(), ctx.request().path(), e.getMessage());
            }
            ApiError.send(ctx, e.status(), e.code(), e.getMessage(), null);
        } catch (DecodeException | ClassCastException e) {
            ApiError.send(ctx, 400, "invalid_json", "the body must be a JSON object", null);
        } catch (RuntimeException e) {
            // The router's 500 handler logs it (a stack trace at most once a minute) and answers in the one shape.
            ctx.fail(e);
        }
    }

    /** A request body, if any, must be declared JSON: {@code application/json} or {@code application/*+json}. */
    static boolean jsonOrNoBody(RoutingContext ctx) {
        var b = ctx.body();
        if (b == null || b.length() <= 0) { // -1: no body at all
            return true;
        }
        var type = ctx.request().getHeader("Content-Type");
        if (type == null) {
            return false;
        }
        int semicolon = type.indexOf(';');
        var media = (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
        return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
    }

    private static Fields body(RoutingContext ctx) {
        var b = ctx.body();
        if (b == null || b.length() == 0) {
            return Fields.of(new JsonObject());
        }
        return Fields.of(b.asJsonObject());
    }

    private static void reply(RoutingContext ctx, Object result) {
        if (ctx.response().ended()) {
            return;
        }
        if (result instanceof Result r) {
            ctx.response().setStatusCode(r.status()).putHeader("Content-Type", r.contentType()).end(r.body());
        } else if (result == null) {
            ctx.response().setStatusCode(204).end();
        } else {
            var json = result instanceof JsonArray a ? a.encode() : ((JsonObject) result).encode();
            ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(json);
        }
    }
}
