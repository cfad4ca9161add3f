package id.pita.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external program (openssl, Chromium, pg_ctl) to completion within a bound, capturing what it prints. */
public final class Processes {
    /** The exit status and stdout (with stderr when asked for) of a finished program. */
    public record Result(int exitCode, String output) {
    }

    private Processes() {
    }

    /** Fails the test when {@code cmd} does not finish within {@code limit}; stderr is discarded unless merged. */
    public static Result run(List<String> cmd, Duration limit, boolean withStderr)
            throws IOException, InterruptedException {
        var builder = new ProcessBuilder(cmd);
        if (withStderr) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        var process = builder.start();
        var out = new ByteArrayOutputStream();
        var reader = new Thread(() -> {
            try (var in = process.getInputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the process died; its exit status tells
            }
        });
        reader.setDaemon(true);
        reader.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish within " + limit.toSeconds() + " s: " + cmd);
        }
        reader.join(5_000);
        synchronized (out) {
            return new Result(process.exitValue(), out.toString(StandardCharsets.UTF_8));
        }
    }
}
