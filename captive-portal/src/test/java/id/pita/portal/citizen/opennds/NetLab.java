package id.pita.portal.citizen.opennds;

import java.util.ArrayList;
import java.util.List;

/**
 * Three network namespaces named after this JVM's PID: a client behind the gateway's {@code lan0}, the gateway
 * (openNDS) with {@code up0} to the host, where Pita listens, and {@code wan1} to an "internet" namespace. Only
 * private 10.213.x.x addresses on veths made here; nothing leaves these namespaces and the host-side veth.
 */
final class NetLab implements AutoCloseable {
    /** The client's MAC, locally administered, so the DHCP lease line can name it before openNDS starts. */
    /** The gateway's interface toward the client, as openNDS's generated config names it. */
    static final String GATEWAY_INTERFACE = "lan0";
    static final String CLIENT_MAC = "02:13:00:00:55:66";

    final String client;
    final String gateway;
    final String internet;
    final String hostVeth;
    final String hostIp;
    final String gatewayUpIp;
    final String gatewayLanIp;
    final String clientIp;
    final String internetIp;
    private final String lanNet;
    private final List<String> created = new ArrayList<>();

    NetLab() {
        long pid = ProcessHandle.current().pid();
        client = "pita-nds-cl-" + pid;
        gateway = "pita-nds-gw-" + pid;
        internet = "pita-nds-in-" + pid;
        hostVeth = "pnds" + pid;
        int block = freeBlock(pid);
        hostIp = "10.213." + block + ".1";
        gatewayUpIp = "10.213." + block + ".2";
        gatewayLanIp = "10.213." + (block + 1) + ".1";
        clientIp = "10.213." + (block + 1) + ".23";
        lanNet = "10.213." + (block + 1) + ".0/24";
        internetIp = "10.213." + (block + 2) + ".80";
    }

    /** Builds the namespaces, links, addresses and routes; on failure the caller still closes. */
    NetLab create() {
        for (var ns : List.of(client, gateway, internet)) {
            Cmd.run("ip", "netns", "add", ns).orFail();
            created.add(ns);
            ip(ns, "link", "set", "lo", "up");
        }
        Cmd.run("ip", "link", "add", hostVeth, "type", "veth", "peer", "name", "up0", "netns", gateway).orFail();
        Cmd.run("ip", "addr", "add", hostIp + "/30", "dev", hostVeth).orFail();
        Cmd.run("ip", "link", "set", hostVeth, "up").orFail();
        up(gateway, "up0", gatewayUpIp + "/30");
        ip(gateway, "link", "add", "lan0", "type", "veth", "peer", "name", "eth0", "netns", client);
        ip(client, "link", "set", "eth0", "address", CLIENT_MAC);
        up(gateway, "lan0", gatewayLanIp + "/24");
        up(client, "eth0", clientIp + "/24");
        ip(gateway, "link", "add", "wan1", "type", "veth", "peer", "name", "eth0", "netns", internet);
        up(gateway, "wan1", gatewayIp(internetIp) + "/24");
        up(internet, "eth0", internetIp + "/24");
        ip(client, "route", "add", "default", "via", gatewayLanIp);
        ip(internet, "route", "add", "default", "via", gatewayIp(internetIp));
        ip(gateway, "route", "add", "default", "via", hostIp);
        // Pita answers the citizen's browser directly, so the host needs the way back to the client's LAN.
        Cmd.run("ip", "route", "add", lanNet, "via", gatewayUpIp, "dev", hostVeth).orFail();
        Cmd.run("ip", "netns", "exec", gateway, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1").orFail();
        return this;
    }

    /** Runs a command inside namespace {@code ns}. */
    Cmd.Result exec(String ns, String... command) {
        var full = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        full.addAll(List.of(command));
        return Cmd.run(full);
    }

    /** Deletes the namespaces (their veths go with them, and the host veth and route with its peer). */
    @Override
    public void close() {
        for (var ns : created) {
            Cmd.run("ip", "netns", "del", ns);
        }
        Cmd.run("ip", "link", "del", hostVeth);
        created.clear();
    }

    /**
     * Three /24s (10.213.b.0 to 10.213.b+2.0, b a multiple of 4) that no route on the host uses yet, starting from
     * one the PID picks, so that two test JVMs on one machine do not collide.
     */
    private static int freeBlock(long pid) {
        var routes = Cmd.run("ip", "-4", "route", "show").orFail().output();
        for (int i = 0; i < 60; i++) {
            int block = (int) ((pid + i) % 60) * 4;
            if (!routes.contains("10.213." + block + ".") && !routes.contains("10.213." + (block + 1) + ".")) {
                return block;
            }
        }
        throw new AssertionError("no free 10.213.x.0/24 block for the lab; host routes:\n" + routes);
    }

    private static String gatewayIp(String internetIp) {
        return internetIp.substring(0, internetIp.lastIndexOf('.')) + ".1";
    }

    private void up(String ns, String dev, String cidr) {
        ip(ns, "addr", "add", cidr, "dev", dev);
        ip(ns, "link", "set", dev, "up");
    }

    private void ip(String ns, String... args) {
        var full = new ArrayList<>(List.of("ip", "-n", ns));
        full.addAll(List.of(args));
        Cmd.run(full).orFail();
    }
}
