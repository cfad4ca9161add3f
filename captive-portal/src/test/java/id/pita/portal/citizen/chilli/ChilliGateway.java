package id.pita.portal.citizen.chilli;

import id.pita.portal.citizen.opennds.Cmd;
import id.pita.portal.citizen.opennds.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

    /** chilli's client-side interface in the lab (its dhcpif): the bridge the devices hang off. */
    static final String LAN = "br0";

    private final ChilliLab lab;
    private final Path dir;
    private Path socket;
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

    /**
     * Starts chilli on the configuration Pita generated for this gateway ({@code pita gateway-config}: the
     * {@code HS_*} variables of {@code /etc/chilli/config}), as an operator installs it: the lines the file
     * marks for checking (interfaces and the client network) set to the lab's, then chilli's own
     * {@code functions} script turns it into {@code main.conf} and {@code hs.conf} in a scratch copy of its
     * configuration directory. Readiness is tun0 carrying the UAM address.
     */
    ChilliGateway start(String generatedConfig, Duration limit) {
        var etc = dir.resolve("etc");
        var run = dir.resolve("run");
        try {
            Files.createDirectories(etc);
            Files.createDirectories(run);
            Files.createDirectories(dir.resolve("state"));
            var prefixEtc = PREFIX.resolve("etc/chilli");
            var functions = Files.readString(prefixEtc.resolve("functions"))
                    .replace("CHILLI=" + prefixEtc, "CHILLI=" + etc)
                    .replace("RUN_D=" + PREFIX.resolve("var/run"), "RUN_D=" + run);
            Files.writeString(etc.resolve("functions"), functions);
            Files.copy(prefixEtc.resolve("defaults"), etc.resolve("defaults"));
            Files.writeString(etc.resolve("config"), forLab(generatedConfig));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        Cmd.run("sh", "-c", "cd " + etc + " && . ./functions && writeconfig").orFail();
        socket = run.resolve("chilli." + LAN + ".sock");
        var conf = dir.resolve("chilli.conf");
        try {
            Files.writeString(conf, "include " + etc.resolve("main.conf") + "\ninclude " + etc.resolve("hs.conf")
                    + "\ninclude " + etc.resolve("local.conf") + "\nstatedir " + dir.resolve("state") + "\n");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        process = Cmd.start(log, List.of("ip", "netns", "exec", lab.gateway, PREFIX.resolve("sbin/chilli").toString(),
                "--fg", "--debug", "-c", conf.toString()));
        Poll.until("chilli to bring up tun0 with " + lab.uamIp, limit, this::tunAddress,
                out -> out.contains(lab.uamIp + "/") || !alive());
        if (!alive()) {
            throw new AssertionError("chilli exited at start:\n" + tail() + "\n---- main.conf ----\n"
                    + Cmd.readQuietly(etc.resolve("main.conf")) + "\n---- hs.conf ----\n"
                    + Cmd.readQuietly(etc.resolve("hs.conf")));
        }
        return this;
    }

    /** The generated file with the four lines it marks for checking set to this lab's interfaces and network. */
    private String forLab(String generated) {
        var net = lab.clientNet.substring(0, lab.clientNet.indexOf('/'));
        var lines = new ArrayList<String>();
        for (var line : generated.split("\n")) {
            lines.add(line.startsWith("HS_WANIF=") ? "HS_WANIF=up0"
                    : line.startsWith("HS_LANIF=") ? "HS_LANIF=" + LAN
                    : line.startsWith("HS_NETWORK=") ? "HS_NETWORK=" + net
                    : line.startsWith("HS_NETMASK=") ? "HS_NETMASK=255.255.255.0"
                    : line.startsWith("HS_UAMLISTEN=") ? "HS_UAMLISTEN=" + lab.uamIp : line);
        }
        return String.join("\n", lines) + "\n";
    }

    private String tunAddress() {
        return lab.exec(lab.gateway, "ip", "-4", "addr", "show", "dev", "tun0").output();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Every connection chilli knows, from {@code chilli_query list}. */
    List<Entry> sessions() {
        var out = lab.exec(lab.gateway, PREFIX.resolve("sbin/chilli_query").toString(), "-s", socket.toString(),
                "list").orFail().output();
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
