package id.pita.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.testing.ConsoleServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pita audit verify} and {@code pita user reset} on a real store that a console server is using. */
class AccountCommandsTest {
    @Test
    void auditVerifyAndUserResetRunOnTheStore(@TempDir Path dir) throws Exception {
        try (var server = new ConsoleServer(false, ConsoleServer.defaultConsole(),
                Files.createTempDirectory("pita-cli"))) {
            var config = dir.resolve("pita.yaml");
            Files.writeString(config, "dataFile: " + server.dir.resolve("pita.db") + "\n");
            var viewer = server.client();
            assertThat(viewer.login("viewer", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);

            var reset = PitaCliTest.run("user", "reset", "viewer", "--config", config.toString(), "--lang", "en");
            assertThat(reset.code()).as(reset.err()).isZero();
            assertThat(reset.out()).startsWith("One-time password for viewer: ");
            var password = reset.out().substring("One-time password for viewer: ".length()).split(" ")[0];
            assertThat(viewer.json("GET", "/api/v1/me", null).statusCode()).isEqualTo(401); // its sessions ended
            var again = server.client().login("viewer", password);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("\"restriction\":\"CHANGE_PASSWORD\"");
            assertThat(server.lastAudit("user.reset").actor()).isEqualTo("command-line");

            var verify = PitaCliTest.run("audit", "verify", "--config", config.toString());
            assertThat(verify.code()).as(verify.err()).isZero();
            assertThat(verify.out()).startsWith("log audit utuh: "); // Bahasa Indonesia unless --lang en
            server.store.writeVoid(h -> h.execute("UPDATE audit_log SET actor = 'someone' WHERE id = 2"));
            var broken = PitaCliTest.run("audit", "verify", "--config", config.toString(), "--lang", "en");
            assertThat(broken.code()).isEqualTo(ExitCodes.FAILED);
            assertThat(broken.out()).contains("audit log BROKEN: entry 2 was altered");

            var nobody = PitaCliTest.run("user", "reset", "nobody", "--config", config.toString());
            assertThat(nobody.code()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(nobody.err()).contains("tidak ada pengguna konsol 'nobody'");
        }
        Files.writeString(dir.resolve("empty.yaml"), "dataFile: " + dir.resolve("none.db") + "\n");
        var missing = PitaCliTest.run("audit", "verify", "--config", dir.resolve("empty.yaml").toString(),
                "--lang", "en");
        assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("no store at");
        assertThat(PitaCliTest.run("audit", "verify", "--help").out()).contains("rantai hash");
        assertThat(PitaCliTest.run("user", "reset", "--help", "--lang", "en").out()).contains("one-time password");
    }
}
