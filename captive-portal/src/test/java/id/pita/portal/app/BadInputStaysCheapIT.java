package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import id.pita.portal.testing.Client;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Bad input against the real server stays cheap: malformed escapes are a 400 without a stack trace, numbers
 * out of range are a 400 naming the field, JSON routes want {@code application/json}, and every JSON error,
 * 413 and 429 included, has the one documented shape.
 */
class BadInputStaysCheapIT {
    @TempDir
    Path dir;
    TestPita t;
    final List<ILoggingEvent> logged = new CopyOnWriteArrayList<>();
    final AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent e) {
            logged.add(e);
        }
    };

    @BeforeEach
    void start() throws Exception {
        t = new TestPita(dir);
        capture.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        capture.start();
        root().addAppender(capture);
    }

    @AfterEach
    void stop() throws Exception {
        root().detachAppender(capture);
        t.close();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Test
    void malformedEscapesAre400WithoutAStackTraceEvenAThousandTimes() throws Exception {
        var page = raw(t.pita.webAddress().getPort(), "GET /?a=%zz HTTP/1.1");
        var api = raw(t.pita.adminAddress().getPort(), "GET /api/v1/sites?lang=%e0%zz HTTP/1.1");
        var console = raw(t.pita.adminAddress().getPort(), "GET /console?x=%2 HTTP/1.1");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"id\"").contains("Alamat (URL) tidak valid.");
        assertThat(console.status()).isEqualTo(400);
        assertOneShape(api.status(), api.head(), api.body(), 400, "bad_request");
        var form = raw(t.pita.webAddress().getPort(), "POST /login HTTP/1.1",
                "Content-Type: application/x-www-form-urlencoded", "u=%zz&terms=1");
        var consoleForm = raw(t.pita.adminAddress().getPort(), "POST /console/login HTTP/1.1",
                "Content-Type: application/x-www-form-urlencoded", "username=%zz&password=%");
        assertThat(form.status()).as(form.body()).isEqualTo(400);
        assertThat(consoleForm.status()).as(consoleForm.body()).isIn(400, 401);
        for (int i = 0; i < 1000; i++) {
            assertThat(raw(t.pita.webAddress().getPort(), "GET /login?u=%zz&i=" + i + " HTTP/1.1").status())
                    .isEqualTo(400);
        }

        assertThat(logged).noneMatch(e -> e.getThrowableProxy() != null);
        assertThat(logged.stream().mapToInt(e -> e.getFormattedMessage().length()).sum())
                .as("bytes of log for 1003 bad requests").isLessThan(1003 * 200);
        var metrics = new Client(t.adminBase()).get("/metrics").body();
        assertThat(metrics).contains("pita_http_malformed_requests_total 1003\n")
                .containsPattern("pita_log_events_dropped_total \\d+\n");
    }

    @Test
    void aNumberOutOfRangeIsA400NamingTheFieldNotAnotherNumber() {
        var admin = admin();
        var site = new JsonObject().put("name", "Setda").put("kind", "OFFICE").put("guarantee.down", 10)
                .put("guarantee.up", 5).put("ceiling.down", 50).put("ceiling.up", 20);

        var huge = admin.json("PUT", "/api/v1/sites/setda", site.copy().put("weight", 4294967301L));
        var infinite = admin.rawJson("PUT", "/api/v1/pool",
                "{\"capacity.down\": 1e999, \"capacity.up\": 60, \"monthlyCostIdr\": 1}");
        var fine = admin.json("PUT", "/api/v1/sites/setda", site.copy().put("weight", 5));

        assertOneShape(huge.statusCode(), "Content-Type: " + huge.headers().firstValue("Content-Type").orElse(""),
                huge.body(), 400, "invalid");
        assertThat(new JsonObject(huge.body()).getJsonObject("error").getString("field")).isEqualTo("weight");
        assertThat(new JsonObject(huge.body()).getJsonObject("error").getString("message"))
                .contains("between 1 and 1000").contains("4294967301");
        assertThat(infinite.statusCode()).as(infinite.body()).isEqualTo(400);
        assertThat(new JsonObject(infinite.body()).getJsonObject("error").getString("field"))
                .isEqualTo("capacity.down");
        assertThat(fine.statusCode()).as(fine.body()).isEqualTo(200);
        assertThat(t.pita.district().current().site("setda").orElseThrow().weight()).isEqualTo(5);
    }

    @Test
    void jsonRoutesRequireApplicationJson() throws Exception {
        var asText = raw(t.pita.adminAddress().getPort(), "POST /api/v1/login HTTP/1.1",
                "Content-Type: text/plain", "{\"username\":\"admin\",\"password\":\"x\"}");
        var asForm = raw(t.pita.adminAddress().getPort(), "POST /api/v1/login HTTP/1.1",
                "Content-Type: application/x-www-form-urlencoded", "username=admin&password=x");
        var withCharset = raw(t.pita.adminAddress().getPort(), "POST /api/v1/login HTTP/1.1",
                "Content-Type: application/json; charset=utf-8", "{\"username\":\"admin\",\"password\":\"x\"}");

        assertOneShape(asText.status(), asText.head(), asText.body(), 415, "unsupported_media_type");
        assertOneShape(asForm.status(), asForm.head(), asForm.body(), 415, "unsupported_media_type");
        assertOneShape(withCharset.status(), withCharset.head(), withCharset.body(), 401, "bad_credentials");
    }

    @Test
    void everyJsonErrorHasTheOneShapeIncluding413And429() throws Exception {
        int admin = t.pita.adminAddress().getPort();
        var tooLarge = raw(admin, "POST /api/v1/login HTTP/1.1", "Content-Type: application/json",
                "{\"username\":\"" + "x".repeat(100_000) + "\"}");
        assertOneShape(tooLarge.status(), tooLarge.head(), tooLarge.body(), 413, "too_large");
        var unknown = raw(admin, "GET /api/v1/nothing HTTP/1.1");
        assertOneShape(unknown.status(), unknown.head(), unknown.body(), 404, "not_found");
        var anonymous = raw(admin, "GET /api/v1/sites HTTP/1.1");
        assertOneShape(anonymous.status(), anonymous.head(), anonymous.body(), 401, "unauthenticated");
        var captive = raw(t.pita.webAddress().getPort(), "GET /api/captive?mac=nonsense HTTP/1.1");
        assertOneShape(captive.status(), captive.head(), captive.body(), 400, null);
        var publicApi = raw(t.pita.webAddress().getPort(), "GET /api/v1/sites HTTP/1.1");
        assertOneShape(publicApi.status(), publicApi.head(), publicApi.body(), 404, "not_found");

        Raw throttled = null;
        for (int i = 0; i < 100 && (throttled == null || throttled.status() != 429); i++) {
            throttled = raw(admin, "POST /api/v1/login HTTP/1.1", "Content-Type: application/json",
                    "{\"username\":\"admin\",\"password\":\"wrong " + i + "\"}");
            assertThat(throttled.status()).isIn(401, 429);
        }
        assertOneShape(throttled.status(), throttled.head(), throttled.body(), 429, null);
    }

    /** The {@code Error} schema of openapi.yaml: {@code {"error": {"code": "...", "message": "..."}}}. */
    static void assertOneShape(int status, String head, String body, int expectedStatus, String code) {
        assertThat(status).as(body).isEqualTo(expectedStatus);
        assertThat(head.toLowerCase()).contains("content-type: application/json");
        var json = new JsonObject(body);
        assertThat(json.fieldNames()).containsExactly("error");
        var error = json.getJsonObject("error");
        assertThat(error.getString("message")).isNotBlank();
        assertThat(error.getString("code")).matches("[a-z_]+");
        if (code != null) {
            assertThat(error.getString("code")).isEqualTo(code);
        }
    }

    private Client admin() {
        return t.admin();
    }

    record Raw(int status, String head, String body) {
    }

    /** One request written byte for byte (java.net.URI refuses a malformed escape), then the whole answer. */
    static Raw raw(int port, String requestLine, String... headersThenBody) throws IOException {
        var sb = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1:").append(port)
                .append("\r\nConnection: close\r\n");
        String body = null;
        if (headersThenBody.length > 0) {
            for (int i = 0; i < headersThenBody.length - 1; i++) {
                sb.append(headersThenBody[i]).append("\r\n");
            }
            body = headersThenBody[headersThenBody.length - 1];
            sb.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        }
        sb.append("\r\n");
        if (body != null) {
            sb.append(body);
        }
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(sb.toString().getBytes(StandardCharsets.UTF_8));
            var out = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(out);
            } catch (java.net.SocketException reset) {
                // the server may close after a 413 before reading the whole body; what was answered counts
            }
            var text = out.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            var head = split < 0 ? text : text.substring(0, split);
            var rest = split < 0 ? "" : text.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                rest = dechunk(rest);
            }
            return new Raw(Integer.parseInt(head.split(" ", 3)[1]), head, rest);
        }
    }

    private static String dechunk(String chunked) {
        var out = new StringBuilder();
        int i = 0;
        while (i < chunked.length()) {
            int eol = chunked.indexOf("\r\n", i);
            int size = Integer.parseInt(chunked.substring(i, eol).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(chunked, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }
}
