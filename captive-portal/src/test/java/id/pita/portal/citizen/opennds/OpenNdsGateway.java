package id.pita.portal.citizen.opennds;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's real openNDS 9.10 in the lab's gateway namespace, in the foreground, in a private mount namespace made
 * by {@code gateway.sh}, with Pita as its FAS at level 1. {@code ndsctl} reaches it by entering its namespaces.
 */
final class OpenNdsGateway implements AutoCloseable {
    private final NetLab lab;
    private final Path log;
    private Process process;

    OpenNdsGateway(NetLab lab, Path workDir) {
        this.lab = lab;
        this.log = workDir.resolve("opennds.log");
    }

    /** Writes the config and the client's lease line and starts openNDS; readiness is the caller's to poll. */
    OpenNdsGateway start(String gatewayName, String faskey, String fasIp, int fasPort, Clock clock) {
        var conf = Resources.render("opennds.conf", Map.of("gatewayname", gatewayName, "faskey", faskey,
                "fasremoteip", fasIp, "fasport", Integer.toString(fasPort)), log.resolveSibling("opennds.conf"));
        // dnsmasq's lease format: expiry (epoch seconds), MAC, IP, host name, client id.
        var lease = (clock.instant().getEpochSecond() + 3600) + " " + NetLab.CLIENT_MAC + " " + lab.clientIp
                + " citizen *";
        process = Cmd.start(log, List.of("ip", "netns", "exec", lab.gateway, "unshare", "-m", "--propagation",
                "private", "bash", Resources.path("gateway.sh").toString(), conf.toString(), lease));
        return this;
    }

    /** Waits until openNDS answers {@code ndsctl status}: its firewall and control socket are up. */
    void awaitReady(Duration limit) {
        Poll.until("openNDS to answer ndsctl status", limit, () -> ndsctl("status"), r -> r.exitCode() == 0);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** {@code ndsctl <args>} inside openNDS's own mount and network namespaces (its socket is in its /tmp). */
    Cmd.Result ndsctl(String... args) {
        if (!alive()) {
            throw new AssertionError("openNDS is not running; its output:\n" + output());
        }
        var command = new ArrayList<>(List.of("nsenter", "-t", Long.toString(process.pid()), "-m", "-n",
                "ndsctl"));
        command.addAll(List.of(args));
        return Cmd.run(command);
    }

    String output() {
        return Cmd.readQuietly(log);
    }

    /** openNDS's output (last lines) and {@code ndsctl status}, for a failure message. */
    String diagnostics() {
        var out = output();
        var lines = out.lines().toList();
        var tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 150), lines.size()));
        var status = alive() ? ndsctl("status").output() : "(openNDS not running, exit code "
                + (process == null ? "none" : Integer.toString(process.exitValue())) + ")";
        return "---- openNDS output (last 150 lines) ----\n" + tail + "\n---- ndsctl status ----\n" + status;
    }

    @Override
    public void close() {
        Cmd.stop(process);
    }
}
