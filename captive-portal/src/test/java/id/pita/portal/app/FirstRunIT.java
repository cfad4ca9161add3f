package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import id.pita.core.config.DistrictFiles;
import id.pita.core.district.Gateway;
import id.pita.core.store.Store;
import id.pita.portal.simulator.SimulationRun;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 6: {@code java -jar pita.jar serve} (the REAL jar, a real process, a real SQLite file) with no
 * district starts empty and says so in Bahasa Indonesia and English, never importing the demo whose secrets are
 * in the repository; the demo path (the simulator) imports the demo with secrets made for that installation and
 * plays its gateways with the secrets it reads back from the store.
 */
class FirstRunIT {
    static final Path JAR = Path.of("target/pita.jar");

    @TempDir
    Path dir;

    @Test
    void serveWithoutADistrictStartsEmptyWithAFirstRunMessageAndNoDemo() throws Exception {
        if (!Files.isRegularFile(JAR)) {
            fail(JAR.toAbsolutePath() + " is missing: the integration tests run after mvn package builds it");
        }
        var data = dir.resolve("data").resolve("pita.db");
        var config = dir.resolve("pita.yaml");
        Files.writeString(config, "dataFile: " + data + "\n"
                + "radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0}\n"
                + "web: {host: 127.0.0.1, port: 0}\n");
        var process = new ProcessBuilder("java", "-jar", JAR.toString(), "serve", "--config", config.toString())
                .redirectErrorStream(true).start();
        var lines = new ArrayList<String>();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String portal = null;
            for (String line; (line = out.readLine()) != null && lines.size() < 500;) {
                lines.add(line);
                if (line.contains("Portal warga")) {
                    portal = line.replaceAll(".*?(http://[^/ ]+).*", "$1");
                }
                if (line.startsWith("No district yet")) {
                    break;
                }
            }
            var text = String.join("\n", lines);
            assertThat(text).contains("Belum ada kabupaten: Pita berjalan tanpa situs dan gateway")
                    .contains("No district yet: Pita runs with no sites and no gateways. Set district.file");
            assertThat(text).doesNotContain("Paser");
            assertThat(portal).as(text).isNotNull();
            var status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal + "/status"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body()).doesNotContain("Paser").doesNotContain("Alun-Alun");
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        try (var store = Store.open(data)) {
            assertThat(store.districts().codes()).isEmpty();
            int gateways = store.read(h -> h.createQuery("SELECT COUNT(*) FROM gateway").mapTo(Integer.class).one());
            assertThat(gateways).isZero();
        }
    }

    @Test
    void theDemoPathImportsFreshSecretsPerInstallationAndTheSimulatorUsesThemFromTheStore() throws Exception {
        var published = DistrictFiles.demo("paser").gateways().stream()
                .collect(Collectors.toMap(Gateway::id, Function.identity()));
        var seen = new HashSet<String>();
        for (var install : List.of("one", "two")) {
            try (var run = SimulationRun.start(options(dir.resolve(install).resolve("pita.db")))) {
                var stored = run.pita().store().districts().load("paser").orElseThrow().gateways();
                assertThat(stored).isNotEmpty();
                for (var g : stored) {
                    var demo = published.get(g.id());
                    assertThat(g.secret()).isNotEqualTo(demo.secret()).hasSizeGreaterThanOrEqualTo(32);
                    assertThat(seen.add(g.secret())).as("a secret repeated across installations").isTrue();
                    if (!demo.portalSecret().isEmpty()) {
                        assertThat(g.portalSecret()).isNotEqualTo(demo.portalSecret());
                        assertThat(seen.add(g.portalSecret())).isTrue();
                    }
                }
                assertThat(run.district().gateways()).isEqualTo(stored);
                awaitLogins(run);
            }
        }
    }

    /** The simulator's offices and citizens log in: it speaks with the secrets from the store. */
    private static void awaitLogins(SimulationRun run) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (run.pita().store().sessions().online().size() < 2) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no logins within 60 s: " + run.simulator().stats());
            }
            Thread.sleep(100);
        }
    }

    private static SimulationRun.Options options(Path data) {
        var start = Instant.parse("2026-11-23T01:00:00Z"); // Monday 09:00 WITA
        return new SimulationRun.Options("paser", 2, 0, 0, Optional.empty(), 60, start, start.plus(Duration.ofHours(2)),
                Duration.ofSeconds(30), data, 0, Duration.ofSeconds(1), 7);
    }
}
