package id.pita.portal.console;

import id.pita.core.format.LocalFormat;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /console/live}: the dashboard's figures as Server-Sent Events (one {@code figures} event at once, then one
 * every {@link #PERIOD_MS} ms) for as long as the session lasts; {@code /console/dashboard.js} is the script that
 * reads them, served as a file so the console's Content-Security-Policy needs no inline script.
 */
final class LiveStream {
    static final long PERIOD_MS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(LiveStream.class);
    private static final Buffer SCRIPT = Buffer.buffer(resource("/console/dashboard.js"));
    private final Pages pages;

    LiveStream(Pages pages) {
        this.pages = pages;
    }

    void mount(Router r) {
        r.get("/console/dashboard.js").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/javascript; charset=utf-8")
                .putHeader("Cache-Control", "no-cache").end(SCRIPT));
        r.get("/console/live").handler(this::stream);
    }

    private void stream(RoutingContext ctx) {
        var vertx = ctx.vertx();
        var res = ctx.response().setChunked(true).putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-store").putHeader("X-Accel-Buffering", "no");
        var lang = Pages.lang(ctx);
        var closed = new AtomicBoolean();
        var seq = new long[] {0};
        Runnable tick = () -> vertx.executeBlocking(() -> {
            // Looked up afresh each time (not the request's cached session), as a background request: the stream
            // keeps no session alive and ends once the session has expired or was ended.
            var session = pages.auth.recheck(ctx);
            if (session.isEmpty()) {
                return null;
            }
            var actor = session.get().actor();
            var d = pages.service.district(actor);
            return LiveFigures.of(d, pages.service.calendarOf(d), pages.service.ports().live().now(), actor,
                    pages.service.clock().instant(), LocalFormat.of(lang, d.zone())).json();
        }, false).onComplete(ar -> {
            if (closed.get()) {
                return;
            }
            if (ar.failed() || ar.result() == null) {
                if (ar.failed()) {
                    LOG.warn("Live figures failed: {}", ar.cause().toString());
                }
                closed.set(true);
                res.end();
                return;
            }
            res.write("event: figures\ndata: " + ar.result().put("seq", ++seq[0]).encode() + "\n\n");
        });
        long timer = vertx.setPeriodic(PERIOD_MS, id -> tick.run());
        res.closeHandler(v -> {
            closed.set(true);
            vertx.cancelTimer(timer);
        });
        res.endHandler(v -> vertx.cancelTimer(timer));
        res.write("retry: " + PERIOD_MS + "\n\n");
        tick.run();
    }

    private static String resource(String path) {
        try (var in = LiveStream.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
