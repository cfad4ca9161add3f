package id.pita.portal.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Runs an external program (openssl, Chromium) to completion within a bound: core's runner, for the portal's tests. */
public final class Processes {
    /** The exit status and stdout (with stderr when asked for) of a finished program. */
    public record Result(int exitCode, String output) {
    }

    private Processes() {
    }

    /** Fails the test when {@code cmd} does not finish within {@code limit}; stderr is discarded unless merged. */
    public static Result run(List<String> cmd, Duration limit, boolean withStderr)
            throws IOException, InterruptedException {
        var r = id.pita.core.testing.Processes.run(cmd, limit, withStderr);
        return new Result(r.exitCode(), r.output());
    }
}
