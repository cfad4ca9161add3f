package id.pita.portal.citizen.opennds;

import id.pita.core.district.Gateway;
import id.pita.core.district.Vendor;
import id.pita.core.setup.OpenNdsSetup;
import id.pita.core.setup.SetupContext;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's real openNDS 9.10 in the lab's gateway namespace, in the foreground, in a private mount namespace made
 * by {@code gateway.sh}, with Pita as its FAS at level 1, on the configuration Pita generates for it. {@code ndsctl} reaches it by entering its namespaces.
 */
final class OpenNdsGateway implements AutoCloseable {
    private final NetLab lab;
    private final Path log;
    private Process process;

    OpenNdsGateway(NetLab lab, Path workDir) {
        this.lab = lab;
        this.log = workDir.resolve("opennds.log");
    }

    /**
     * Writes the configuration Pita generates for this gateway ({@link OpenNdsSetup}, as {@code pita
     * gateway-config} prints it) and the client's lease line, and starts openNDS; readiness is the caller's to poll.
     */
    OpenNdsGateway start(String gatewayName, String faskey, String fasIp, int fasPort, Clock clock) {
        var gateway = new Gateway(gatewayName, "taman-uji", lab.gatewayLanIp, null, Vendor.OPENNDS, 0, null, faskey);
        var context = new SetupContext(fasIp, 1812, 1813, URI.create("http://" + fasIp + ":" + fasPort + "/"), 3799,
                Duration.ofMinutes(5));
        var conf = log.resolveSibling("opennds.conf");
        try {
            Files.writeString(conf, OpenNdsSetup.conf(gateway, "Taman Uji", context, NetLab.GATEWAY_INTERFACE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
