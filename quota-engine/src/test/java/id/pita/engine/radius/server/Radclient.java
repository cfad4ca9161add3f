package id.pita.engine.radius.server;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's real {@code radclient} (freeradius-utils) as a gateway would. */
final class Radclient {
    static final Path BINARY = Path.of("/usr/bin/radclient");

    record Result(int exitCode, String output) {
        boolean answered(String code) {
            return output.contains("Received " + code);
        }
    }

    private Radclient() {
    }

    static void requireInstalled() {
        if (!Files.isExecutable(BINARY)) {
            fail(BINARY + " is missing: install freeradius-utils (scripts/install-test-deps) to run the RADIUS "
                    + "integration tests against a real client");
        }
    }

    /**
     * Sends the attribute list(s) on stdin (packets separated by blank lines) with {@code -x}, one
     * second timeout and {@code retries} tries.
     */
    static Result send(InetSocketAddress server, String command, String secret, int retries, String attributes)
            throws IOException, InterruptedException {
        var args = new ArrayList<>(List.of(BINARY.toString(), "-x", "-t", "1", "-r", Integer.toString(retries),
                server.getHostString() + ":" + server.getPort(), command, secret));
        var process = new ProcessBuilder(args).redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            in.write(attributes.getBytes(StandardCharsets.UTF_8));
        }
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("radclient did not finish within 30 s:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }
}
