package id.pita.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import id.pita.core.alert.AlertEngine;
import id.pita.core.alert.AlertEvent.Type;
import id.pita.core.alert.AlertKind;
import id.pita.core.alert.Condition;
import id.pita.core.testing.MutableClock;
import id.pita.portal.app.AlertService;
import id.pita.portal.app.PitaConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts delivered for real: e-mail to Debian's aiosmtpd (a real SMTP server the test starts on loopback) and
 * the Telegram Bot API format to a local HTTP server; once when it fires, a reminder after the interval, a
 * recovery notice, and a failed delivery counted. Time is a {@link MutableClock} advanced by the test.
 */
class AlertDeliveryIT {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    static final Condition SILENT = new Condition(AlertKind.GATEWAY_SILENT, "psr-gw-setda",
            "Gateway psr-gw-setda tidak mengirim RADIUS selama 20 menit",
            "Gateway psr-gw-setda has sent no RADIUS for 20 min");

    @TempDir
    Path dir;
    Process smtp;
    Path smtpLog;
    int smtpPort;
    final Vertx vertx = Vertx.vertx();
    HttpServer telegram;
    final List<JsonObject> telegramGot = new CopyOnWriteArrayList<>();
    final AtomicInteger telegramStatus = new AtomicInteger(200);

    @BeforeEach
    void peers() throws Exception {
        if (!Files.isExecutable(PYTHON) || new ProcessBuilder(PYTHON.toString(), "-c", "import aiosmtpd").start()
                .waitFor() != 0) {
            fail("aiosmtpd is required: apt-get install python3-aiosmtpd (scripts/install-test-deps)");
        }
        smtpLog = dir.resolve("smtp.log");
        // aiosmtpd takes a port number, so the port is found free and then handed over: another process (the machine
        // is shared) may bind it in between, and aiosmtpd then exits. Retried on a new port, as PostgresServer does.
        for (int attempt = 0; ; attempt++) {
            try (var s = new ServerSocket(0)) {
                smtpPort = s.getLocalPort();
            }
            smtp = new ProcessBuilder(PYTHON.toString(), "-u", "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:" + smtpPort)
                    .redirectErrorStream(true).redirectOutput(smtpLog.toFile()).start();
            if (awaitSmtp(smtpPort, smtp)) {
                break;
            }
            smtp.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            if (attempt == 2) {
                throw new AssertionError("aiosmtpd did not start on three ports; its output:\n"
                        + Files.readString(smtpLog));
            }
        }
        var router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.post("/bottest-token-123/sendMessage").handler(ctx -> {
            telegramGot.add(ctx.body().asJsonObject());
            ctx.response().setStatusCode(telegramStatus.get()).putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("ok", telegramStatus.get() == 200).encode());
        });
        telegram = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
    }

    @AfterEach
    void stop() throws Exception {
        if (smtp != null) {
            smtp.destroy();
            if (!smtp.waitFor(10, TimeUnit.SECONDS)) {
                smtp.destroyForcibly();
            }
        }
        vertx.close().await();
    }

    @Test
    void firesOnceRemindsAfterTheIntervalAndSendsARecoveryByMailAndTelegram() throws Exception {
        var clock = MutableClock.at(T0);
        var present = new AtomicReference<List<Condition>>(List.of(SILENT));
        var email = new EmailNotifier(vertx, new PitaConfig.Email("127.0.0.1", smtpPort, "disabled",
                "pita@paser.go.id", List.of("noc@paser.go.id", "kabid@paser.go.id"), "", ""));
        var bot = new TelegramNotifier(vertx, new PitaConfig.Telegram("http://127.0.0.1:" + telegram.actualPort(),
                "test-token-123", "-1001234"));
        var service = new AlertService(new AlertEngine(Duration.ofHours(4), Map.of()), List.of(now -> present.get()),
                List.of(email, bot), clock, () -> "Kabupaten Paser", () -> ZoneId.of("Asia/Makassar"));

        assertThat(service.tick()).extracting(e -> e.type()).containsExactly(Type.FIRING);
        awaitMessages(1);
        assertThat(telegramGot.get(0).getString("chat_id")).isEqualTo("-1001234");
        assertThat(telegramGot.get(0).getString("text")).startsWith("[Pita Kabupaten Paser] PERINGATAN: Gateway "
                + "psr-gw-setda tidak mengirim RADIUS selama 20 menit").contains("ALERT").contains("since 2026-12-01 10:00 "
                + "Asia/Makassar");
        var mail = Files.readString(smtpLog);
        assertThat(mail).contains("Subject: [Pita Kabupaten Paser] PERINGATAN: Gateway psr-gw-setda")
                .contains("To: noc@paser.go.id").contains("kabid@paser.go.id").contains("From: pita@paser.go.id");
        assertThat(service.notices()).extracting(n -> n.code()).containsExactly("alert.gateway-silent.psr-gw-setda");

        clock.advance(Duration.ofMinutes(1));
        assertThat(service.tick()).as("once: no second message while it lasts").isEmpty();
        clock.advance(Duration.ofHours(4));
        assertThat(service.tick()).extracting(e -> e.type()).containsExactly(Type.REMINDER);
        awaitMessages(2);
        assertThat(telegramGot.get(1).getString("text")).contains("PENGINGAT").contains("REMINDER");

        present.set(List.of());
        clock.advance(Duration.ofMinutes(30));
        assertThat(service.tick()).extracting(e -> e.type()).containsExactly(Type.RESOLVED);
        awaitMessages(3);
        assertThat(telegramGot.get(2).getString("text")).contains("PULIH").contains("Resolved: Gateway psr-gw-setda")
                .contains("lasted 271 min");
        assertThat(Files.readString(smtpLog)).contains("Subject: [Pita Kabupaten Paser] PULIH: Gateway psr-gw-setda");
        assertThat(service.notices()).isEmpty();

        telegramStatus.set(500);
        present.set(List.of(SILENT));
        service.tick();
        awaitMessages(4);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        var metrics = new StringBuilder();
        while (System.nanoTime() < deadline) {
            metrics.setLength(0);
            service.writePrometheus(metrics);
            if (metrics.toString().contains("channel=\"telegram\",result=\"failed\"} 1")
                    && metrics.toString().contains("channel=\"email\",result=\"sent\"} 4")) {
                break;
            }
            Thread.sleep(20); // each result is counted when its reply arrives; bounded by the deadline
        }
        assertThat(metrics.toString()).contains("pita_alert_notifications_total{channel=\"telegram\",result=\"failed\"} 1")
                .contains("pita_alert_notifications_total{channel=\"email\",result=\"sent\"} 4")
                .contains("pita_alerts_firing{kind=\"gateway_silent\"} 1");
    }

    /**
     * Waits (bounded) until both channels have received {@code n} messages. aiosmtpd prints a message line by line
     * between MESSAGE FOLLOWS and END MESSAGE: waiting for the first marker let the test read the log before the
     * Subject and To lines were written.
     */
    private void awaitMessages(int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (telegramGot.size() >= n && count(Files.readString(smtpLog), "END MESSAGE") >= n) {
                return;
            }
            Thread.sleep(20); // delivery is asynchronous; bounded by the deadline
        }
        throw new AssertionError("not " + n + " messages within 20 s: telegram " + telegramGot.size() + ", smtp log:\n"
                + Files.readString(smtpLog));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * Waits (bounded) for aiosmtpd's 220 greeting on {@code port}; false when aiosmtpd exited (the port was taken)
     * or something else answers there.
     */
    private static boolean awaitSmtp(int port, Process smtp) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && smtp.isAlive()) {
            try (var s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                s.setSoTimeout(2_000);
                var greeting = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                        java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                if (greeting != null && greeting.startsWith("220")) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet, or no greeting
            }
            Thread.sleep(50); // the SMTP server is starting; bounded by the deadline
        }
        return false;
    }
}
