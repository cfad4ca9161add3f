package id.pita.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Debian's net-snmp {@code snmpd} as a test's own process: on 127.0.0.1 on a port the kernel picks (read back from
 * {@code /proc}), with its own config and persistent directory in {@code dir} (the system's snmpd and its files are
 * untouched). It serves one interface's IF-MIB {@code ifHCInOctets}, {@code ifHCOutOctets}, {@code ifOperStatus}
 * and {@code ifHighSpeed} through a {@code pass} script that reads a state file the test rewrites with
 * {@link #set}; v2c with community {@value #COMMUNITY} and a v3 user {@value #V3_USER} (SHA, AES). A missing snmpd
 * fails the test (install it with {@code scripts/install-test-deps}).
 */
public final class Snmpd implements AutoCloseable {
    public static final String COMMUNITY = "pita-test";
    public static final String V3_USER = "pita-v3";
    public static final String V3_AUTH = "auth-pass-123";
    public static final String V3_PRIV = "priv-pass-456";
    static final Path BINARY = Path.of("/usr/sbin/snmpd");

    private final Path dir;
    private final int ifIndex;
    private final Process process;
    private final InetSocketAddress address;

    private Snmpd(Path dir, int ifIndex, Process process, InetSocketAddress address) {
        this.dir = dir;
        this.ifIndex = ifIndex;
        this.process = process;
        this.address = address;
    }

    /** Starts snmpd serving interface {@code ifIndex}, up, with the given counters and speed. */
    public static Snmpd start(Path dir, int ifIndex, long highSpeedMbps) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new AssertionError(BINARY + " is missing: run scripts/install-test-deps (Debian package snmpd)");
        }
        Files.createDirectories(dir.resolve("persist"));
        var state = dir.resolve("state");
        write(state, 0, 0, true, highSpeedMbps);
        var script = dir.resolve("ifmib.sh");
        Files.writeString(script, script(state, ifIndex));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        var conf = dir.resolve("snmpd.conf");
        var lines = new ArrayList<>(List.of("agentAddress udp:127.0.0.1:0", "rocommunity " + COMMUNITY + " 127.0.0.1",
                "createUser " + V3_USER + " SHA \"" + V3_AUTH + "\" AES \"" + V3_PRIV + "\"",
                "rouser " + V3_USER + " priv"));
        for (var column : List.of(".1.3.6.1.2.1.31.1.1.1.6.", ".1.3.6.1.2.1.31.1.1.1.10.", ".1.3.6.1.2.1.2.2.1.8.",
                ".1.3.6.1.2.1.31.1.1.1.15.")) {
            lines.add("pass " + column + ifIndex + " " + script);
        }
        Files.write(conf, lines);
        var builder = new ProcessBuilder(BINARY.toString(), "-f", "-C", "-c", conf.toString(), "-Lf",
                dir.resolve("snmpd.log").toString());
        builder.environment().put("SNMP_PERSISTENT_DIR", dir.resolve("persist").toString());
        builder.environment().put("MIBS", "");
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("snmpd.out").toFile());
        var process = builder.start();
        try {
            var port = boundPort(process, Duration.ofSeconds(20));
            return new Snmpd(dir, ifIndex, process, new InetSocketAddress("127.0.0.1", port));
        } catch (RuntimeException | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** What the interface says from now on (the counters are octets since the "device" started). */
    public void set(long inOctets, long outOctets, boolean up, long highSpeedMbps) {
        write(dir.resolve("state"), inOctets, outOctets, up, highSpeedMbps);
    }

    /** Stops answering (SIGSTOP): an agent that is there but silent, as a hung CPE. */
    public void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** Answers again (SIGCONT). */
    public void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    public InetSocketAddress address() {
        return address;
    }

    public int ifIndex() {
        return ifIndex;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void signal(String name) throws IOException, InterruptedException {
        var kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + name + " " + process.pid() + " failed");
        }
    }

    private static String script(Path state, int ifIndex) {
        return "#!/bin/sh\n# net-snmp pass protocol: -g OID answers OID, type, value; anything else nothing.\n"
                + "[ \"$1\" = \"-g\" ] || exit 0\n"
                + "read inb outb oper speed < '" + state + "'\n"
                + "case \"$2\" in\n"
                + "  .1.3.6.1.2.1.31.1.1.1.6." + ifIndex + ") printf '%s\\ncounter64\\n%s\\n' \"$2\" \"$inb\" ;;\n"
                + "  .1.3.6.1.2.1.31.1.1.1.10." + ifIndex + ") printf '%s\\ncounter64\\n%s\\n' \"$2\" \"$outb\" ;;\n"
                + "  .1.3.6.1.2.1.2.2.1.8." + ifIndex + ") printf '%s\\ninteger\\n%s\\n' \"$2\" \"$oper\" ;;\n"
                + "  .1.3.6.1.2.1.31.1.1.1.15." + ifIndex + ") printf '%s\\ngauge\\n%s\\n' \"$2\" \"$speed\" ;;\n"
                + "esac\n";
    }

    /** Atomically, so the script never reads half a line. ifOperStatus up(1) or down(2). */
    private static void write(Path state, long in, long out, boolean up, long speed) {
        try {
            var tmp = state.resolveSibling("state.tmp");
            Files.writeString(tmp, String.format(Locale.ROOT, "%s %s %d %d%n", Long.toUnsignedString(in),
                    Long.toUnsignedString(out), up ? 1 : 2, speed));
            Files.move(tmp, state, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The UDP port the process bound: its socket inodes in /proc/PID/fd matched against /proc/net/udp. */
    private static int boundPort(Process process, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("snmpd exited with " + process.exitValue() + " at start");
            }
            var inodes = new ArrayList<String>();
            try (var fds = Files.list(Path.of("/proc/" + process.pid() + "/fd"))) {
                for (var fd : fds.toList()) {
                    try {
                        var target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException e) {
                        // closed meanwhile
                    }
                }
            }
            for (var line : Files.readAllLines(Path.of("/proc/net/udp"))) {
                var f = line.trim().split("\\s+");
                if (f.length > 9 && inodes.contains(f[9]) && f[1].startsWith("0100007F:")) {
                    return Integer.parseInt(f[1].substring(9), 16);
                }
            }
            Thread.sleep(50); // waiting for a real process to bind, not for simulated time
        }
        throw new AssertionError("snmpd bound no UDP port on 127.0.0.1 within " + limit.toSeconds() + " s");
    }
}
