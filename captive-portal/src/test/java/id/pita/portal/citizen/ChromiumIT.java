package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser: Debian's headless Chromium screenshots the splash at a phone's width, and follows the accept
 * flow until its auto-submit script posts the login to a MikroTik double. Fails when Chromium is missing.
 */
class ChromiumIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final PortalFixture f = new PortalFixture();
    private final CompletableFuture<MultiMap> gatewayGot = new CompletableFuture<>();
    private final io.vertx.core.http.HttpServer gateway;
    @TempDir
    Path profile;

    ChromiumIT() {
        var router = Router.router(f.vertx);
        router.route().handler(BodyHandler.create());
        router.post("/login").handler(ctx -> {
            gatewayGot.complete(ctx.request().formAttributes());
            ctx.response().putHeader("Content-Type", "text/html").end("<html><body><p id=\"gw-ok\">ok</p></body></html>");
        });
        gateway = PortalFixture.await(f.vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
    }

    @AfterEach
    void close() {
        PortalFixture.await(gateway.close());
        f.close();
    }

    private String splashUri() {
        return MikrotikLoginIT.SPLASH.replace("link-login-only=http%3A%2F%2F10.5.50.1%2Flogin",
                "link-login-only=http%3A%2F%2F127.0.0.1%3A" + gateway.actualPort() + "%2Flogin");
    }

    @Test
    void screenshotsTheSplashAtPhoneWidth() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        var png = SCREENSHOTS.resolve("portal-splash.png").toAbsolutePath();
        Files.deleteIfExists(png);

        // An Indonesian phone: Accept-Language id, so the default Bahasa Indonesia page is what is shot.
        chromium("--accept-lang=id-ID,id", "--window-size=360,740", "--screenshot=" + png, f.base() + splashUri());

        assertThat(png).exists();
        var bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(bytes.length).isGreaterThan(5_000);
        assertThat(chromium("--accept-lang=id-ID,id", "--dump-dom", f.base() + splashUri()))
                .contains("Selamat datang di WiFi publik").contains("Buka sampai besok pukul 07.30 WITA");
    }

    @Test
    void autoSubmitPostsTheLoginToTheGatewayFromChromium() throws Exception {
        var accept = f.base() + "/login?terms=1&u=" + URLEncoder.encode(f.base() + splashUri(), StandardCharsets.UTF_8);

        var dom = chromium("--dump-dom", "--virtual-time-budget=5000", accept);

        var form = gatewayGot.get(30, TimeUnit.SECONDS);
        var credential = f.store.find(form.get("username"), f.clock.instant()).orElseThrow();
        var md5 = MessageDigest.getInstance("MD5");
        md5.update((byte) 0357);
        md5.update(credential.password().getBytes(StandardCharsets.US_ASCII));
        md5.update(MikrotikLoginIT.CHALLENGE);
        assertThat(form.get("password")).isEqualTo(HexFormat.of().formatHex(md5.digest()));
        assertThat(form.get("dst")).isEqualTo("http://example.id/berita");
        assertThat(form.get("popup")).isEqualTo("true");
        assertThat(dom).containsAnyOf("gw-ok", "id=\"gw\"");
    }

    /** Runs headless Chromium to completion (bounded) and returns its standard output. */
    private String chromium(String... args) throws IOException, InterruptedException {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium is required for this test: install Debian's "
                + "'chromium' package (scripts/install-test-deps)").isTrue();
        var cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-background-networking", "--disable-gpu", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(List.of(args));
        var r = id.pita.portal.testing.Processes.run(cmd, java.time.Duration.ofSeconds(90), false);
        assertThat(r.exitCode()).as("chromium exit status for " + cmd).isZero();
        return r.output();
    }
}
