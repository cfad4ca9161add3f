package id.pita.portal.citizen.chilli;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.citizen.opennds.Cmd;
import id.pita.portal.citizen.opennds.CurlClient;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A citizen's device in its own namespace behind chilli: a DHCP lease, curl as its browser, iperf3 to measure. */
final class Device {
    final String namespace;
    final CurlClient browser;
    private final ChilliLab lab;
    private String ip = "";

    Device(ChilliLab lab, String namespace) {
        this.lab = lab;
        this.namespace = namespace;
        this.browser = new CurlClient(namespace);
    }

    /** Takes a lease from chilli's DHCP server (udhcpc sets only the address and the route). */
    String lease(Path script) {
        lab.exec(namespace, "udhcpc", "-i", "eth0", "-n", "-q", "-t", "5", "-T", "1", "-s", script.toString())
                .orFail();
        var addr = lab.exec(namespace, "ip", "-4", "-o", "addr", "show", "dev", "eth0").orFail().output();
        var m = java.util.regex.Pattern.compile("inet (\\d+\\.\\d+\\.\\d+\\.\\d+)/").matcher(addr);
        assertThat(m.find()).as("a leased address on eth0: %s", addr).isTrue();
        ip = m.group(1);
        return ip;
    }

    String ip() {
        return ip;
    }

    /** IP octets this device has received on its link so far: what chilli let through to it. */
    long receivedIpOctets() {
        return lab.receivedIpOctets(namespace, "eth0");
    }

    /**
     * iperf3 for {@code seconds} against the internet's server on {@code port} ({@code download} reverses it):
     * the receiver's bit/s after two seconds left out, so that the policer's initial bucket does not count.
     */
    double iperf(int port, int seconds, boolean download) {
        var cmd = new ArrayList<>(List.of("ip", "netns", "exec", namespace, "iperf3", "-c", lab.internetIp, "-p",
                Integer.toString(port), "-t", Integer.toString(seconds), "-O", "2", "-J"));
        if (download) {
            cmd.add("-R");
        }
        var json = run(cmd);
        for (int attempt = 1; json.containsKey("error") && attempt < 5; attempt++) {
            // iperf3's server takes a moment after one test before it accepts the next ("the server is busy").
            sleep(500);
            json = run(cmd);
        }
        if (json.containsKey("error")) {
            throw new AssertionError("iperf3 in " + namespace + ": " + json.getString("error"));
        }
        return json.getJsonObject("end").getJsonObject("sum_received").getDouble("bits_per_second");
    }

    private static JsonObject run(List<String> cmd) {
        var out = Cmd.run(cmd).output();
        int brace = out.indexOf('{');
        if (brace < 0) {
            throw new AssertionError("iperf3 printed no JSON: " + out);
        }
        return new JsonObject(out.substring(brace));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
