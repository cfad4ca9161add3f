package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.testing.DevTools;
import id.pita.portal.web.SecurityHeaders;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.SelfSignedCertificate;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An HTTPS portal in front of a MikroTik whose login is plain http: the form that carries the one-time login is
 * a mixed-content form, so Pita does not submit it by script but shows a button. Headless Chromium over the
 * portal's (self-signed) TLS: the router gets nothing until the citizen presses Continue, then gets the login,
 * through Chromium's own warning about an insecure form when it shows one.
 */
class MixedContentChromiumIT {
    private final PortalFixture f = new PortalFixture();
    private final CompletableFuture<MultiMap> routerGot = new CompletableFuture<>();
    private final HttpServer router;
    private final HttpServer https;

    MixedContentChromiumIT() {
        var gw = Router.router(f.vertx);
        gw.route().handler(BodyHandler.create());
        gw.post("/login").handler(ctx -> {
            routerGot.complete(ctx.request().formAttributes());
            ctx.response().putHeader("Content-Type", "text/html").end("<html><body><p id=\"gw-ok\">ok</p></body></html>");
        });
        router = PortalFixture.await(f.vertx.createHttpServer().requestHandler(gw).listen(0, "127.0.0.1"));
        var portal = Router.router(f.vertx);
        portal.route().handler(new SecurityHeaders());
        portal.route().handler(BodyHandler.create(false));
        f.portal.mount(portal);
        var cert = SelfSignedCertificate.create("127.0.0.1");
        https = PortalFixture.await(f.vertx.createHttpServer(new HttpServerOptions().setSsl(true)
                .setKeyCertOptions(cert.keyCertOptions())).requestHandler(portal).listen(0, "127.0.0.1"));
    }

    @AfterEach
    void close() {
        PortalFixture.await(https.close());
        PortalFixture.await(router.close());
        f.close();
    }

    @Test
    void theLoginWaitsForAVisibleButtonAndThenReachesThePlainHttpRouter() throws Exception {
        var base = "https://127.0.0.1:" + https.actualPort();
        var splash = MikrotikLoginIT.SPLASH.replace("link-login-only=http%3A%2F%2F10.5.50.1%2Flogin",
                "link-login-only=http%3A%2F%2F127.0.0.1%3A" + router.actualPort() + "%2Flogin");
        var accept = base + "/login?terms=1&u=" + URLEncoder.encode(base + splash, StandardCharsets.UTF_8);
        try (var chromium = new DevTools("--ignore-certificate-errors")) {
            chromium.navigate(accept);

            assertThat(chromium.eval("location.protocol")).isEqualTo("https:");
            assertThat(chromium.eval("document.scripts.length")).isEqualTo(0);
            assertThat(chromium.eval("document.getElementById('gw').action"))
                    .isEqualTo("http://127.0.0.1:" + router.actualPort() + "/login");
            assertThat(chromium.eval("document.querySelector('#gw button').offsetHeight > 30")).isEqualTo(true);
            assertThat(routerGot).as("nothing is posted before the citizen presses the button").isNotDone();

            chromium.andWaitForNewPage("document.querySelector('#gw button').click()");
            boolean warned = !routerGot.isDone();
            org.slf4j.LoggerFactory.getLogger(MixedContentChromiumIT.class).info(
                    "Chromium {} its insecure-form warning before posting to the http router",
                    warned ? "showed" : "did not show");
            if (warned) {
                // Chromium's interstitial for a form posted from https to http: the citizen sends anyway.
                chromium.waitFor("document.getElementById('proceed-button')", 10);
                chromium.eval("document.getElementById('proceed-button').click()");
            }
            var form = routerGot.get(20, TimeUnit.SECONDS);
            var credential = f.store.find(form.get("username"), f.clock.instant()).orElseThrow();
            assertThat(credential.mac().value()).isEqualTo("AA:BB:CC:00:11:22");
            assertThat(form.get("dst")).isEqualTo("http://example.id/berita");
        }
    }
}
