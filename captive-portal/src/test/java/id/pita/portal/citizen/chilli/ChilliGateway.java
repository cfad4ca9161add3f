package id.pita.portal.citizen.chilli;

import id.pita.portal.citizen.opennds.Cmd;
import id.pita.portal.citizen.opennds.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real CoovaChilli 1.9 in the lab's gateway namespace, in the foreground, with Pita as its RADIUS server and
 * UAM portal; {@code chilli_query} reads its sessions through its command socket.
 */
final class ChilliGateway implements AutoCloseable {
    /** Where {@code scripts/build-chilli} keeps its build ({@code PITA_PEERS_CACHE} overrides the cache). */
    static final Path PREFIX = Path.of(System.getenv().getOrDefault("PITA_PEERS_CACHE", "/var/cache/pita-peers"),
            "coova-chilli-1.9-e0c7d7a");

    /** One session as {@code chilli_query list} prints it; rates in bit/s, timeouts in seconds, 0 = unlimited. */
    record Entry(String mac, String ip, boolean authenticated, String user, long sessionTimeout, long idleTimeout,
                 long maxUp, long maxDown) {
    }

    private final ChilliLab lab;
    private final Path dir;
    private final Path log;
    private Process process;

    ChilliGateway(ChilliLab lab, Path workDir) {
        this.lab = lab;
        this.dir = workDir.resolve("chilli");
        this.log = workDir.resolve("chilli.log");
    }

    /** Fails, never skips, when the build is missing: {@code scripts/install-test-deps} makes it. */
    static void checkBuilt() {
        if (!Files.isExecutable(PREFIX.resolve("sbin/chilli")) || !Files.isDirectory(PREFIX.resolve("var/run"))) {
            throw new AssertionError("CoovaChilli is not built at " + PREFIX + ": run scripts/install-test-deps "
                    + "(it builds ../shared/peers/coova-chilli-1.9-e0c7d7a.tar.gz with scripts/build-chilli)");
        }
    }

    ChilliGateway start(Map<String, String> settings, Duration limit) {
        try {
            Files.createDirectories(dir.resolve("state"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        var values = new java.util.HashMap<>(settings);
        values.put("stateDir", dir.resolve("state").toString());
        values.put("clientNet", lab.clientNet);
        values.put("uamIp", lab.uamIp);
        values.put("hostIp", lab.hostIp);
        values.put("gatewayUpIp", lab.gatewayUpIp);
        var conf = ChilliInteropIT.render("chilli.conf", values, dir.resolve("chilli.conf"));
        process = Cmd.start(log, List.of("ip", "netns", "exec", lab.gateway, PREFIX.resolve("sbin/chilli").toString(),
                "--fg", "--debug", "-c", conf.toString()));
        Poll.until("chilli to bring up tun0 with " + lab.uamIp, limit, this::tunAddress,
                out -> out.contains(lab.uamIp + "/") || !alive());
        if (!alive()) {
            throw new AssertionError("chilli exited at start:\n" + tail());
        }
        return this;
    }

    private String tunAddress() {
        return lab.exec(lab.gateway, "ip", "-4", "addr", "show", "dev", "tun0").output();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Every connection chilli knows, from {@code chilli_query list}. */
    List<Entry> sessions() {
        var out = lab.exec(lab.gateway, PREFIX.resolve("sbin/chilli_query").toString(), "-s",
                dir.resolve("state/chilli.sock").toString(), "list").orFail().output();
        var entries = new ArrayList<Entry>();
        for (var line : out.lines().toList()) {
            // mac ip state sessionid authenticated user time/timeout idle/timeout in/max out/max maxtotal swap
            // up%/maxup down%/maxdown url
            var t = line.trim().split("\\s+");
            if (t.length < 14) {
                continue;
            }
            entries.add(new Entry(t[0], t[1], "1".equals(t[4]), t[5], afterSlash(t[6]), afterSlash(t[7]),
                    afterSlash(t[12]), afterSlash(t[13])));
        }
        return entries;
    }

    /** {@code used/limit} fields: the limit. */
    private static long afterSlash(String usedAndLimit) {
        return Long.parseLong(usedAndLimit.substring(usedAndLimit.indexOf('/') + 1));
    }

    String tail() {
        // chilli's debug output repeats one line per forwarded packet; those say nothing about a failure.
        var lines = Cmd.readQuietly(log).lines().filter(l -> !l.contains("Address found")).toList();
        return "---- chilli (last 80 lines) ----\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    @Override
    public void close() {
        Cmd.stop(process);
    }
}
