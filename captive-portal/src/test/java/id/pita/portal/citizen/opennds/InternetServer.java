package id.pita.portal.citizen.opennds;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** nginx in the lab's "internet" namespace on port 80, answering every path with {@link #BODY}. */
final class InternetServer implements AutoCloseable {
    static final String BODY = "pita-internet-ok\n";

    private final Path dir;
    private Process process;

    InternetServer(Path dir) {
        this.dir = dir;
    }

    InternetServer start(NetLab lab) {
        var conf = Resources.render("internet-nginx.conf", Map.of("dir", dir.toString(), "ip", lab.internetIp),
                dir.resolve("nginx.conf"));
        process = Cmd.start(dir.resolve("nginx.out"), List.of("ip", "netns", "exec", lab.internet, "nginx", "-c",
                conf.toString(), "-p", dir.toString()));
        return this;
    }

    String diagnostics() {
        return "---- nginx ----\n" + Cmd.readQuietly(dir.resolve("nginx.out"))
                + Cmd.readQuietly(dir.resolve("nginx-error.log"));
    }

    @Override
    public void close() {
        Cmd.stop(process);
    }
}
