package id.pita.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Main}'s answers to bad command lines: one line on stderr, exit code 2. */
class MainTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadConfigValueIsOneLineAndExitCode2(@TempDir Path dir) throws Exception {
        var file = dir.resolve("pita.yaml");
        Files.writeString(file, "web: {port: 99999}\n");

        assertThat(run("serve", "--config", file.toString())).isEqualTo(2);
        assertThat(errText()).isEqualTo("pita: web.port: must be between 0 and 65535 (was 99999)\n");
        assertThat(out.size()).isZero();
    }

    @Test
    void anUnknownArgumentShowsUsage() throws Exception {
        assertThat(run("--verbose")).isEqualTo(2);
        assertThat(errText()).startsWith("pita: usage: java -jar pita.jar [serve] [--config pita.yaml]")
                .doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar pita.jar [serve]");
    }

    @Test
    void planRunsThePlannerOnTheDemoWithoutStartingPita() {
        int code = run("plan", "--at", "2026-11-24T10:00");

        assertThat(code).as(errText()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Kabupaten Paser").contains("setda");
    }

    @Test
    void aMissingConfigFileIsNamed(@TempDir Path dir) throws Exception {
        assertThat(run("--config", dir.resolve("nope.yaml").toString())).isEqualTo(2);
        assertThat(errText()).startsWith("pita: --config: cannot read ").hasLineCount(1);
    }

    @Test
    void aBrokenDistrictFileStopsTheStartWithOneLine(@TempDir Path dir) throws Exception {
        var district = dir.resolve("district.yaml");
        Files.writeString(district, "code: paser\nname: Paser\nzone: Mars/Olympus\n");
        var file = dir.resolve("pita.yaml");
        Files.writeString(file, "dataFile: " + dir.resolve("data/pita.db") + "\ndistrict: {file: " + district + "}\n"
                + "radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0}\n"
                + "web: {host: 127.0.0.1, port: 0}\n");

        assertThat(run("--config", file.toString())).isEqualTo(2);
        assertThat(errText()).startsWith("pita: cannot start: ").contains("district.yaml").hasLineCount(1)
                .doesNotContain("Exception");
    }

    @Test
    void auditVerifyAndUserResetRunOnTheStoreThroughMain(@TempDir Path dir) throws Exception {
        try (var server = new id.pita.portal.testing.ConsoleServer(false,
                id.pita.portal.testing.ConsoleServer.defaultConsole(), Files.createTempDirectory("pita-main"))) {
            var config = dir.resolve("pita.yaml");
            Files.writeString(config, "dataFile: " + server.dir.resolve("pita.db") + "\n");
            var viewer = server.client();
            assertThat(viewer.login("viewer", id.pita.portal.testing.ConsoleServer.PASSWORD).statusCode())
                    .isEqualTo(200);

            assertThat(run("user", "reset", "viewer", "--config", config.toString())).as(errText()).isZero();
            var printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).startsWith("One-time password for viewer: ");
            var password = printed.substring("One-time password for viewer: ".length()).split(" ")[0];
            assertThat(viewer.json("GET", "/api/v1/me", null).statusCode()).isEqualTo(401); // sessions ended
            var again = server.client().login("viewer", password);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("\"restriction\":\"CHANGE_PASSWORD\"");
            assertThat(server.lastAudit("user.reset").actor()).isEqualTo("command-line");

            out.reset();
            assertThat(run("audit", "verify", "--config", config.toString())).as(errText()).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("audit log intact: ");
            assertThat(run("user", "reset", "nobody", "--config", config.toString())).isEqualTo(2);
            assertThat(errText()).contains("no console user 'nobody'");
        }
        Files.writeString(dir.resolve("empty.yaml"), "dataFile: " + dir.resolve("none.db") + "\n");
        assertThat(run("audit", "verify", "--config", dir.resolve("empty.yaml").toString())).isEqualTo(2);
    }
}
