package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console apart from citizens: every route the real admin listener has (console pages, {@code /api/v1},
 * {@code /metrics}) is tried on the public listener, where each answers 404, and on the admin listener, where
 * each answers something else (a login page, 401, a redirect to the login). The citizen side stays public.
 */
class ListenersIT {
    @TempDir
    Path dir;
    TestPita t;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        t = new TestPita(dir);
    }

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    @Test
    void noConsoleOrApiRouteAnswersOnThePublicListenerAndEachAnswersOnTheAdminOne() throws Exception {
        var requests = adminRequests();
        assertThat(requests).as("the admin router's routes").hasSizeGreaterThan(40)
                .contains("GET /console", "POST /console/login", "GET /api/v1/sites", "POST /api/v1/login",
                        "GET /metrics");
        var answeredInPublic = new ArrayList<String>();
        var missingInAdmin = new ArrayList<String>();
        for (var request : requests) {
            int onPublic = send(t.base(), request);
            int onAdmin = send(t.adminBase(), request);
            if (onPublic != 404) {
                answeredInPublic.add(request + " -> " + onPublic);
            }
            // A prefix route ("/api/v1/*") is middleware and the API's own 404: it need not answer by itself.
            if (onAdmin == 404 && !request.endsWith("/")) {
                missingInAdmin.add(request);
            }
        }
        assertThat(answeredInPublic).as("console/API routes answering on the public listener").isEmpty();
        assertThat(missingInAdmin).as("routes the admin listener does not answer").isEmpty();
    }

    @Test
    void theCitizenSideIsOnThePublicListenerOnlyAndHealthOnBoth() throws Exception {
        assertThat(send(t.base(), "GET /status")).isEqualTo(200);
        assertThat(send(t.base(), "GET /api/captive")).isEqualTo(200);
        assertThat(send(t.base(), "GET /health")).isEqualTo(200);
        assertThat(send(t.adminBase(), "GET /health")).isEqualTo(200);
        assertThat(send(t.adminBase(), "GET /api/captive")).isEqualTo(404);
        assertThat(send(t.adminBase(), "GET /login")).isEqualTo(404);
    }

    @Test
    void theAdminListenerBindsLoopbackByDefault() {
        var defaults = PitaConfig.defaults().web();
        assertThat(defaults.admin()).isEqualTo(PitaConfig.Listener.plain("127.0.0.1", 8081));
        assertThat(defaults.publicListener()).isEqualTo(PitaConfig.Listener.plain("0.0.0.0", 8080));
        assertThat(t.pita.adminAddress().getAddress().isLoopbackAddress()).isTrue();
        assertThat(t.pita.adminAddress().getPort()).isNotEqualTo(t.pita.webAddress().getPort());
    }

    /** "METHOD /path" for every route of the running admin router, path parameters filled in. */
    private Set<String> adminRequests() {
        var out = new LinkedHashSet<String>();
        out.add("GET /console");
        for (var route : t.pita.adminRouter().getRoutes()) {
            var path = route.getPath();
            if (path == null) {
                continue; // the regex routes guard /console(/.*)?, covered by the paths below them
            }
            path = path.replaceAll(":[A-Za-z]+", "x");
            var methods = route.methods() == null || route.methods().isEmpty() ? List.of("GET")
                    : route.methods().stream().map(Object::toString).toList();
            for (var m : methods) {
                out.add(m + " " + path);
            }
        }
        out.remove("GET /health");
        return out;
    }

    private int send(String base, String request) throws Exception {
        var parts = request.split(" ", 2);
        var b = HttpRequest.newBuilder(URI.create(base + parts[1])).timeout(Duration.ofSeconds(20));
        var body = parts[0].equals("GET") || parts[0].equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}");
        if (!parts[0].equals("GET")) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.method(parts[0], body).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
