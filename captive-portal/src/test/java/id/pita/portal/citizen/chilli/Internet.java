package id.pita.portal.citizen.chilli;

import id.pita.portal.citizen.opennds.Cmd;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The lab's "internet": nginx on port 80 (a page and a file) and one iperf3 server per device. */
final class Internet implements AutoCloseable {
    static final String BODY = "pita-internet-ok\n";
    static final String PAGE = "/berita";
    static final String FILE = "/berkas.bin";
    static final int FILE_BYTES = 400_000;
    static final int IPERF_PORT = 5201;

    private final ChilliLab lab;
    private final Path dir;
    private final List<Process> processes = new ArrayList<>();

    Internet(ChilliLab lab, Path workDir) {
        this.lab = lab;
        this.dir = workDir.resolve("internet");
    }

    Internet start(int iperfServers) {
        try {
            Files.createDirectories(dir.resolve("www"));
            Files.write(dir.resolve("www").resolve(FILE.substring(1)), new byte[FILE_BYTES]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var conf = ChilliInteropIT.render("internet-nginx.conf", Map.of("dir", dir.toString(), "ip", lab.internetIp),
                dir.resolve("nginx.conf"));
        processes.add(Cmd.start(dir.resolve("nginx.out"), List.of("ip", "netns", "exec", lab.internet, "nginx",
                "-c", conf.toString(), "-p", dir.toString())));
        for (int i = 0; i < iperfServers; i++) {
            processes.add(Cmd.start(dir.resolve("iperf3-" + i + ".out"), List.of("ip", "netns", "exec",
                    lab.internet, "iperf3", "-s", "-B", lab.internetIp, "-p", Integer.toString(IPERF_PORT + i))));
        }
        return this;
    }

    String url(String path) {
        return "http://" + lab.internetIp + path;
    }

    String diagnostics() {
        return "---- nginx ----\n" + Cmd.readQuietly(dir.resolve("nginx.out"))
                + Cmd.readQuietly(dir.resolve("nginx-error.log"));
    }

    @Override
    public void close() {
        processes.forEach(Cmd::stop);
    }
}
