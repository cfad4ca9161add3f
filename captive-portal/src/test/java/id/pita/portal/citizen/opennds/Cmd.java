package id.pita.portal.citizen.opennds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external command to completion with a bounded wait, capturing its output. */
public final class Cmd {
    static final long TIMEOUT_SECONDS = 20;

    /** What a finished command printed (stdout and stderr merged) and its exit code. */
    public record Result(List<String> command, int exitCode, String output) {
        public Result orFail() {
            if (exitCode != 0) {
                throw new AssertionError("command " + command + " exited " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    private Cmd() {
    }

    public static Result run(String... command) {
        return run(List.of(command));
    }

    public static Result run(List<String> command) {
        Path out = null;
        try {
            out = Files.createTempFile("pita-cmd", ".out");
            var p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError("command " + command + " did not finish in " + TIMEOUT_SECONDS + " s:\n"
                        + Files.readString(out, StandardCharsets.UTF_8));
            }
            return new Result(command, p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + command, e);
        } finally {
            deleteQuietly(out);
        }
    }

    /** Starts a long-running command with its output going to {@code log}. */
    public static Process start(Path log, List<String> command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("cannot start " + command + ": " + e.getMessage(), e);
        }
    }

    /** Stops a process we started: SIGTERM, then SIGKILL after a bounded wait. */
    public static void stop(Process p) {
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no " + file + ")";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            if (p != null) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temp file is harmless
        }
    }
}
