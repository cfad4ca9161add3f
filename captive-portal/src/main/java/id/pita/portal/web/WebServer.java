package id.pita.portal.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP listener: a router with a malformed-query check, security headers and a body limit on the root
 * route, then every {@link Routes} contributor in order, then JSON/HTML answers for 400, 404, 405, 413, 415 and
 * 500. Not thread-safe for start/close (call them from one place); the router is safe once started.
 */
public final class WebServer {
    /** Bodies above this are refused with 413: portal forms and console edits are small. */
    public static final long DEFAULT_BODY_LIMIT = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Vertx vertx;
    private final Router router;
    private final ErrorLog errors;
    private final LongAdder badRequests = new LongAdder();
    private HttpServer server;

    /**
     * @param errors where unexpected failures are logged (a stack trace at most once a minute per error)
     */
    public WebServer(Vertx vertx, long bodyLimitBytes, ErrorLog errors, List<? extends Routes> routes) {
        this.vertx = vertx;
        this.errors = errors;
        this.router = Router.router(vertx);
        router.route().handler(this::rejectMalformed);
        router.route().handler(new SecurityHeaders());
        router.route().handler(BodyHandler.create(false).setBodyLimit(bodyLimitBytes).setHandleFileUploads(false));
        routes.forEach(r -> r.mount(router));
        router.errorHandler(400, ctx -> HttpErrors.send(ctx, 400, "bad_request",
                "Permintaan tidak valid.", "Bad request."));
        router.errorHandler(404, ctx -> HttpErrors.send(ctx, 404, "not_found",
                "Halaman tidak ditemukan.", "Page not found."));
        router.errorHandler(405, ctx -> HttpErrors.send(ctx, 405, "method_not_allowed",
                "Metode tidak diizinkan.", "Method not allowed."));
        router.errorHandler(413, ctx -> HttpErrors.send(ctx, 413, "too_large",
                "Permintaan terlalu besar.", "Request too large."));
        router.errorHandler(415, ctx -> HttpErrors.send(ctx, 415, "unsupported_media_type",
                "Jenis isi tidak didukung.", "Unsupported media type."));
        router.errorHandler(500, ctx -> {
            if (ctx.failure() != null) {
                errors.error(LOG, "unhandled error on " + ctx.request().method() + " " + ctx.request().path(),
                        ctx.failure());
            }
            HttpErrors.send(ctx, 500, "internal", "Terjadi kesalahan di server. Coba lagi sebentar lagi.",
                    "Something went wrong on the server. Please try again shortly.");
        });
    }

    public WebServer(Vertx vertx, long bodyLimitBytes, List<? extends Routes> routes) {
        this(vertx, bodyLimitBytes, ErrorLog.perMinute(), routes);
    }

    public WebServer(Vertx vertx, List<? extends Routes> routes) {
        this(vertx, DEFAULT_BODY_LIMIT, routes);
    }

    /**
     * A query string whose percent-escapes do not decode ({@code ?a=%zz}) is the client's error: 400, counted,
     * one INFO line (dropped first under a flood), no stack trace. Checked before any handler reads a parameter.
     */
    private void rejectMalformed(RoutingContext ctx) {
        try {
            ctx.request().params();
        } catch (IllegalArgumentException e) {
            badRequests.increment();
            var why = String.valueOf(e.getMessage());
            LOG.info("400 malformed query from {}: {}", ctx.request().remoteAddress(),
                    why.length() > 120 ? why.substring(0, 120) + "..." : why);
            HttpErrors.send(ctx, 400, "bad_request", "Alamat (URL) tidak valid.", "Malformed address (URL).");
            return;
        }
        ctx.next();
    }

    /** Requests refused as malformed since start. */
    public long badRequests() {
        return badRequests.sum();
    }

    public Router router() {
        return router;
    }

    /** Binds {@code host:port} (port 0 picks a free one) and completes with the bound address. */
    public Future<InetSocketAddress> start(String host, int port) {
        return vertx.createHttpServer(new HttpServerOptions().setIdleTimeout(60))
                .requestHandler(router)
                .listen(port, host)
                .map(s -> {
                    server = s;
                    var bound = new InetSocketAddress(host, s.actualPort());
                    LOG.info("HTTP server listening on {}", bound);
                    return bound;
                });
    }

    /** Stops accepting and closes open connections; completes at once if never started. */
    public Future<Void> close() {
        if (server == null) {
            return Future.succeededFuture();
        }
        var s = server;
        server = null;
        return s.close().onSuccess(v -> LOG.info("HTTP server closed"));
    }
}
