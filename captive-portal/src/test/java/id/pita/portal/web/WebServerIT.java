package id.pita.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClient;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import id.pita.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The shared server: contributors mounted in order, headers on every answer, JSON or HTML errors, a body limit. */
class WebServerIT {
    private final Vertx vertx = Vertx.vertx();
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T02:00:00Z"));
    private final WebServer server = new WebServer(vertx, 1024, new ErrorLog(clock, Duration.ofMinutes(1)), List.of(
            r -> r.get("/console/ping").handler(ctx -> ctx.end("pong")),
            r -> r.get("/api/broken").handler(ctx -> {
                throw new IllegalStateException("broken on purpose");
            }),
            r -> r.post("/api/echo").handler(ctx -> ctx.end(ctx.body().asString()))));
    private final WebClient client = WebClient.create(vertx);
    private final int port = await(server.start("127.0.0.1", 0)).getPort();

    static <T> T await(Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @AfterEach
    void close() {
        await(server.close());
        await(vertx.close());
    }

    @Test
    void contributedRoutesAnswerWithSecurityHeaders() {
        var r = await(client.get(port, "127.0.0.1", "/console/ping").send());

        assertThat(r.bodyAsString()).isEqualTo("pong");
        assertThat(r.getHeader("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void unknownPathIsJsonUnderApiAndABahasaPageElsewhere() {
        var api = await(client.get(port, "127.0.0.1", "/api/nothing").send());
        var page = await(client.get(port, "127.0.0.1", "/nothing").send());

        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("not_found");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.bodyAsString()).contains("Halaman tidak ditemukan.").contains("lang=\"id\"");
    }

    @Test
    void bodyOverTheLimitIs413() {
        var small = await(client.post(port, "127.0.0.1", "/api/echo").sendBuffer(Buffer.buffer("hai")));
        var big = await(client.post(port, "127.0.0.1", "/api/echo").sendBuffer(Buffer.buffer(new byte[4096])));

        assertThat(small.bodyAsString()).isEqualTo("hai");
        assertThat(big.statusCode()).isEqualTo(413);
    }

    @Test
    void theSameErrorLogsItsStackTraceAtMostOnceAMinute() {
        var logged = new CopyOnWriteArrayList<ILoggingEvent>();
        var capture = new AppenderBase<ILoggingEvent>() {
            @Override
            protected void append(ILoggingEvent e) {
                logged.add(e);
            }
        };
        capture.start();
        var log = (Logger) LoggerFactory.getLogger(WebServer.class);
        log.addAppender(capture);
        try {
            for (int i = 0; i < 5; i++) {
                var r = await(client.get(port, "127.0.0.1", "/api/broken").send());
                assertThat(r.statusCode()).isEqualTo(500);
                assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("internal");
            }
            clock.advance(Duration.ofSeconds(59));
            await(client.get(port, "127.0.0.1", "/api/broken").send());
            clock.advance(Duration.ofSeconds(2));
            await(client.get(port, "127.0.0.1", "/api/broken").send());
        } finally {
            log.detachAppender(capture);
        }

        assertThat(logged).hasSize(7);
        assertThat(logged.stream().filter(e -> e.getThrowableProxy() != null).count()).isEqualTo(2);
        assertThat(logged.get(1).getFormattedMessage()).contains("broken on purpose")
                .contains("at most once per 60 s");
        assertThat(logged.get(6).getFormattedMessage()).contains("5 more like it");
    }

    @Test
    void closeBeforeStartIsHarmless() {
        assertThat(await(new WebServer(vertx, List.of()).close())).isNull();
    }
}
