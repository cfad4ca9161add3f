package id.pita.portal.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import id.pita.core.InvalidValueException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.ServerSSLOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
    /** One year: browsers remember to use HTTPS for the console's host. */
    static final String HSTS = "max-age=31536000";
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9.-]{1,253}|[0-9A-Fa-f:]{2,39}");
    private volatile HttpServer server;
    private volatile HttpServer redirect;
    private TlsFiles tls;
    private TlsFiles.Pem loaded;
    private volatile boolean hsts;

    /**
     * @param errors where unexpected failures are logged (a stack trace at most once a minute per error)
     */
    public WebServer(Vertx vertx, long bodyLimitBytes, ErrorLog errors, List<? extends Routes> routes) {
        this.vertx = vertx;
        this.errors = errors;
        this.router = Router.router(vertx);
        router.route().handler(this::rejectMalformed);
        router.route().handler(new SecurityHeaders());
        router.route().handler(this::hsts);
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
        // Checked without decoding (Queries: the same answer as decoding it); the splash decodes its query only once.
        var why = Queries.malformation(ctx.request().uri());
        if (why != null) {
            badRequests.increment();
            LOG.info("400 malformed query from {}: {}", ctx.request().remoteAddress(),
                    why.length() > 120 ? why.substring(0, 120) + "..." : why);
            HttpErrors.send(ctx, 400, "bad_request", "Alamat (URL) tidak valid.", "Malformed address (URL).");
            return;
        }
        ctx.next();
    }

    /** Whether the server was started with TLS. */
    public synchronized boolean hasTls() {
        return tls != null;
    }

    /** Requests refused as malformed since start. */
    public long badRequests() {
        return badRequests.sum();
    }

    public Router router() {
        return router;
    }

    /** Binds {@code host:port} over plain HTTP (port 0 picks a free one) and completes with the bound address. */
    public Future<InetSocketAddress> start(String host, int port) {
        return start(host, port, Optional.empty(), false);
    }

    /**
     * Binds {@code host:port}, over TLS with {@code tls}'s certificate and key when given (read now: a missing
     * or broken file fails the start naming its config key).
     *
     * @param hsts with TLS, send {@code Strict-Transport-Security} on every answer (the admin listener)
     */
    public Future<InetSocketAddress> start(String host, int port, Optional<TlsFiles> tls, boolean hsts) {
        var options = new HttpServerOptions().setIdleTimeout(60);
        if (tls.isPresent()) {
            TlsFiles.Pem pem;
            try {
                pem = tls.get().read();
            } catch (RuntimeException e) {
                return Future.failedFuture(e);
            }
            options.setSsl(true).setKeyCertOptions(pem.options());
            this.tls = tls.get();
            this.loaded = pem;
            this.hsts = hsts;
        }
        return vertx.createHttpServer(options)
                .requestHandler(router)
                .listen(port, host)
                .recover(e -> Future.failedFuture(tls.isPresent() && !(e instanceof java.net.BindException)
                        ? new InvalidValueException(tls.get().field(), "cannot serve TLS with " + tls.get().certificate()
                                + " and " + tls.get().key() + ": " + e.getMessage())
                        : e))
                .map(s -> {
                    server = s;
                    var bound = new InetSocketAddress(host, s.actualPort());
                    if (loaded != null) {
                        LOG.info("HTTPS server listening on {} with certificate {} (valid until {})", bound,
                                loaded.subject(), loaded.notAfter());
                    } else {
                        LOG.info("HTTP server listening on {}", bound);
                    }
                    return bound;
                });
    }

    /**
     * Reads the certificate and key files again and, if they changed, serves them to new connections from now
     * on (open connections keep theirs). Completes with true if a new certificate is in use; with false if the
     * files are unchanged, the server has no TLS, or the new files are unusable (then the old certificate stays,
     * a warning is logged, and the next check tries again: a renewal may be half-written).
     */
    public synchronized Future<Boolean> reloadTls() {
        var s = server;
        if (s == null || tls == null) {
            return Future.succeededFuture(false);
        }
        TlsFiles.Pem pem;
        try {
            pem = tls.read();
        } catch (RuntimeException e) {
            LOG.warn("TLS certificate not reloaded, keeping {}: {}", loaded.subject(), e.getMessage());
            return Future.succeededFuture(false);
        }
        if (pem.sameFilesAs(loaded)) {
            return Future.succeededFuture(false);
        }
        return s.updateSSLOptions(new ServerSSLOptions().setKeyCertOptions(pem.options()))
                .map(updated -> {
                    synchronized (this) {
                        loaded = pem;
                    }
                    LOG.info("TLS certificate reloaded from {}: {} (valid until {})", tls.certificate(), pem.subject(),
                            pem.notAfter());
                    return true;
                })
                .recover(e -> {
                    LOG.warn("TLS certificate in {} not usable, keeping {}: {}", tls.certificate(), loaded.subject(),
                            e.getMessage());
                    return Future.succeededFuture(false);
                });
    }

    /**
     * Binds a plain-HTTP listener on {@code host:port} that answers every request with a redirect to the same
     * path on this (TLS) server: 301 for GET and HEAD, 308 otherwise so a form post stays a post. The redirect
     * names the host the client asked for (if it is a plain host name or address) and this server's port.
     */
    public Future<InetSocketAddress> startRedirect(String host, int port) {
        if (server == null || tls == null) {
            return Future.failedFuture(new IllegalStateException("start the TLS server first"));
        }
        int httpsPort = server.actualPort();
        return vertx.createHttpServer(new HttpServerOptions().setIdleTimeout(10))
                .requestHandler(req -> {
                    var authority = req.authority();
                    var name = authority == null ? null : authority.host();
                    if (name == null || !HOST_NAME.matcher(name).matches()) {
                        name = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
                    }
                    var target = "https://" + (name.contains(":") ? "[" + name + "]" : name)
                            + (httpsPort == 443 ? "" : ":" + httpsPort) + req.uri();
                    boolean safe = req.method() == HttpMethod.GET || req.method() == HttpMethod.HEAD;
                    req.response().setStatusCode(safe ? 301 : 308).putHeader("Location", target)
                            .putHeader("Cache-Control", "no-store").end();
                })
                .listen(port, host)
                .map(s -> {
                    redirect = s;
                    var bound = new InetSocketAddress(host, s.actualPort());
                    LOG.info("HTTP on {} redirects to HTTPS port {}", bound, httpsPort);
                    return bound;
                });
    }

    /** Stops accepting and closes open connections (and the redirect listener); at once if never started. */
    public Future<Void> close() {
        var r = redirect;
        redirect = null;
        var closeRedirect = r == null ? Future.<Void>succeededFuture() : r.close();
        if (server == null) {
            return closeRedirect;
        }
        var s = server;
        server = null;
        return closeRedirect.compose(v -> s.close()).onSuccess(v -> LOG.info("HTTP server closed"));
    }

    /** {@code Strict-Transport-Security} on answers over TLS, when asked for at start. */
    private void hsts(RoutingContext ctx) {
        if (hsts && ctx.request().isSSL()) {
            ctx.response().putHeader("Strict-Transport-Security", HSTS);
        }
        ctx.next();
    }
}
