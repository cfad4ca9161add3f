package id.pita.portal.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.InetSocketAddress;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server: a router with security headers and a body limit on the root route, then every
 * {@link Routes} contributor in order, then JSON/HTML answers for 404, 405, 413 and 500. Not thread-safe
 * for start/close (call them from one place); the router is safe once started.
 */
public final class WebServer {
    /** Bodies above this are refused with 413: portal forms and console edits are small. */
    public static final long DEFAULT_BODY_LIMIT = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Vertx vertx;
    private final Router router;
    private HttpServer server;

    public WebServer(Vertx vertx, long bodyLimitBytes, List<? extends Routes> routes) {
        this.vertx = vertx;
        this.router = Router.router(vertx);
        router.route().handler(new SecurityHeaders());
        router.route().handler(BodyHandler.create(false).setBodyLimit(bodyLimitBytes).setHandleFileUploads(false));
        routes.forEach(r -> r.mount(router));
        router.errorHandler(404, ctx -> HttpErrors.send(ctx, 404, "not-found",
                "Halaman tidak ditemukan.", "Page not found."));
        router.errorHandler(405, ctx -> HttpErrors.send(ctx, 405, "method-not-allowed",
                "Metode tidak diizinkan.", "Method not allowed."));
        router.errorHandler(413, ctx -> HttpErrors.send(ctx, 413, "too-large",
                "Permintaan terlalu besar.", "Request too large."));
        router.errorHandler(500, ctx -> {
            LOG.error("unhandled error on {}", ctx.request().path(), ctx.failure());
            HttpErrors.send(ctx, 500, "internal", "Terjadi kesalahan di server. Coba lagi sebentar lagi.",
                    "Something went wrong on the server. Please try again shortly.");
        });
    }

    public WebServer(Vertx vertx, List<? extends Routes> routes) {
        this(vertx, DEFAULT_BODY_LIMIT, routes);
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
