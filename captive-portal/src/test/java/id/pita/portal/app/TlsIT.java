package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.portal.testing.TestCa;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS on both listeners from PEM files, against a CA this test makes with openssl: real curl trusts it with
 * {@code --cacert} and refuses another CA's; the admin listener redirects HTTP to HTTPS, sends HSTS and Secure
 * cookies; the RFC 8908 API answers over HTTPS; a certificate replaced on disk is served at the next scheduled
 * check, without a restart; headless Chromium loads the console over HTTPS.
 */
class TlsIT {
    static final Path CURL = Path.of("/usr/bin/curl");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;
    TestCa ca;
    TestCa.Issued served;
    TestPita t;
    /** The injected schedule: the certificate checks run when the test runs them. */
    final List<Runnable> checks = new CopyOnWriteArrayList<>();
    final List<Duration> periods = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        ca = new TestCa(dir.resolve("ca"), "Pita Test CA");
        var first = ca.issue("pita-1");
        served = new TestCa.Issued(dir.resolve("tls").resolve("fullchain.pem"), dir.resolve("tls").resolve("privkey.pem"));
        Files.createDirectories(served.certificate().getParent());
        TestCa.install(first, served);
        var tls = "tls: {certificate: \"" + served.certificate() + "\", key: \"" + served.key() + "\"}";
        t = new TestPita(dir, Clock.fixed(TestPita.TUESDAY_10_WITA, ZoneOffset.UTC),
                "public: {httpRedirectPort: 0, " + tls + "}, admin: {host: 127.0.0.1, port: 0, httpRedirectPort: 0, " + tls + "}, "
                        + "tlsCheck: 30s",
                (period, task) -> {
                    periods.add(period);
                    checks.add(task);
                    return () -> checks.remove(task);
                });
    }

    @AfterEach
    void stop() throws Exception {
        if (t != null) {
            t.close();
        }
    }

    String admin(String path) {
        return "https://127.0.0.1:" + t.pita.adminAddress().getPort() + path;
    }

    String portal(String path) {
        return "https://127.0.0.1:" + t.pita.webAddress().getPort() + path;
    }

    @Test
    void curlTrustsTheTestCaAndRefusesAnother() throws Exception {
        var ok = curl("--cacert", ca.certificate.toString(), admin("/health"));
        var other = new TestCa(dir.resolve("other-ca"), "Some Other CA");
        var wrong = curl("--cacert", other.certificate.toString(), admin("/health"));
        var plain = curl("http://127.0.0.1:" + t.pita.adminAddress().getPort() + "/health");

        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("\"UP\"");
        assertThat(ok.err()).contains("subject: CN=pita-1").contains("SSL certificate verify ok");
        assertThat(wrong.exit()).as("curl's exit for an untrusted certificate").isEqualTo(60);
        assertThat(plain.exit()).as("plain HTTP to the TLS port").isNotZero();
    }

    @Test
    void theRfc8908ApiIsServedOverHttps() throws Exception {
        var r = curl("--cacert", ca.certificate.toString(), "-D", "-", portal("/api/captive"));
        var plain = curl("-o", "/dev/null", "-w", "%{http_code} %{redirect_url}",
                "http://127.0.0.1:" + t.pita.publicRedirectAddress().orElseThrow().getPort() + "/api/captive");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("HTTP/1.1 200").containsIgnoringCase("content-type: application/captive+json")
                .contains("\"captive\":true").contains("\"user-portal-url\":\"https://wifi.paser.example/\"")
                .doesNotContainIgnoringCase("strict-transport-security");
        assertThat(plain.out()).isEqualTo("301 " + portal("/api/captive"));
    }

    @Test
    void theAdminListenerRedirectsHttpToHttpsAndSendsHstsAndSecureCookies() throws Exception {
        int redirect = t.pita.adminRedirectAddress().orElseThrow().getPort();
        var moved = curl("-o", "/dev/null", "-w", "%{http_code} %{redirect_url}",
                "http://127.0.0.1:" + redirect + "/console/login?lang=en");
        var posted = curl("-o", "/dev/null", "-w", "%{http_code}", "-X", "POST",
                "http://127.0.0.1:" + redirect + "/api/v1/login");
        var login = curl("--cacert", ca.certificate.toString(), "-D", "-", "-H", "Content-Type: application/json",
                "--data", "{\"username\":\"admin\",\"password\":\"" + t.pita.bootstrapPassword().orElseThrow() + "\"}",
                admin("/api/v1/login"));

        assertThat(moved.out()).isEqualTo("301 " + admin("/console/login?lang=en"));
        assertThat(posted.out()).isEqualTo("308");
        assertThat(login.out()).contains("HTTP/1.1 200").containsIgnoringCase("strict-transport-security: max-age=");
        var cookies = login.out().lines().filter(l -> l.toLowerCase().startsWith("set-cookie:")).toList();
        assertThat(cookies).isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("; secure"));
    }

    @Test
    void aCertificateReplacedOnDiskIsServedAtTheNextCheckWithoutARestart() throws Exception {
        assertThat(periods).as("one check per TLS listener, every web.tlsCheck")
                .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
        var port = t.pita.adminAddress().getPort();
        TestCa.install(ca.issue("pita-2"), served);

        assertThat(curl("--cacert", ca.certificate.toString(), admin("/health")).err())
                .as("not before the check").contains("subject: CN=pita-1");
        checks.forEach(Runnable::run);
        var renewed = awaitSubject(admin("/health"), "CN=pita-2");
        assertThat(renewed.out()).contains("\"UP\"");
        assertThat(awaitSubject(portal("/health"), "CN=pita-2").exit()).isZero();
        assertThat(t.pita.adminAddress().getPort()).isEqualTo(port);

        // A renewal caught half-written (or simply broken) leaves the working certificate in place.
        Files.writeString(served.certificate(), "-----BEGIN CERTIFICATE-----\nnot yet\n");
        assertThat(t.pita.reloadCertificates().toCompletableFuture().get(20, TimeUnit.SECONDS)).isZero();
        assertThat(curl("--cacert", ca.certificate.toString(), admin("/health")).err()).contains("subject: CN=pita-2");
        TestCa.install(ca.issue("pita-3"), served);
        assertThat(t.pita.reloadCertificates().toCompletableFuture().get(20, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(curl("--cacert", ca.certificate.toString(), admin("/health")).err()).contains("subject: CN=pita-3");
    }

    @Test
    void headlessChromiumLoadsTheConsoleOverHttps() throws Exception {
        var spki = TestCa.spkiHash(served.certificate());

        var trusted = chromium("--ignore-certificate-errors-spki-list=" + spki, "--dump-dom",
                admin("/console/login"));
        var untrusted = chromium("--dump-dom", admin("/console/login"));

        assertThat(trusted).contains("name=\"password\"").contains("action=\"/console/login\"");
        assertThat(untrusted).as("without the certificate allowed, Chromium refuses the page")
                .doesNotContain("name=\"password\"");
    }

    @Test
    void aMissingCertificateStopsTheStartNamingTheKey() {
        var data = dir.resolve("other").resolve("pita.db");
        var config = PitaConfig.parse("dataFile: " + data + "\n"
                + "radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0}\n"
                + "web: {host: 127.0.0.1, port: 0, admin: {tls: {certificate: " + dir.resolve("none.pem")
                + ", key: " + served.key() + "}}}\n", "test");

        assertThatThrownBy(() -> Pita.start(config).toCompletableFuture().get(60, TimeUnit.SECONDS))
                .hasMessageContaining("web.admin.tls.certificate: cannot read " + dir.resolve("none.pem"));
    }

    /** curl until it sees {@code subject}: the new certificate is in use once the reload has completed. */
    private Curl awaitSubject(String url, String subject) throws Exception {
        Curl last = null;
        for (int i = 0; i < 100; i++) {
            last = curl("--cacert", ca.certificate.toString(), url);
            if (last.err().contains("subject: " + subject)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("still not " + subject + " after 100 tries:\n" + last.err());
    }

    record Curl(int exit, String out, String err) {
    }

    static Curl curl(String... args) throws IOException, InterruptedException {
        assertThat(Files.isExecutable(CURL)).as("curl is required: scripts/install-test-deps").isTrue();
        var cmd = new ArrayList<>(List.of(CURL.toString(), "-sS", "-v", "--max-time", "20"));
        cmd.addAll(List.of(args));
        var errFile = Files.createTempFile("curl", ".err");
        try {
            var process = new ProcessBuilder(cmd).redirectError(errFile.toFile()).start();
            var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("curl did not finish: " + cmd);
            }
            return new Curl(process.exitValue(), out, Files.readString(errFile));
        } finally {
            Files.deleteIfExists(errFile);
        }
    }

    private String chromium(String... args) throws IOException, InterruptedException {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium is required: install Debian's 'chromium' package "
                + "(scripts/install-test-deps)").isTrue();
        var profile = Files.createTempDirectory(dir, "chromium");
        var cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-background-networking", "--disable-gpu", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(List.of(args));
        return id.pita.portal.testing.Processes.run(cmd, java.time.Duration.ofSeconds(90), false).output();
    }
}
