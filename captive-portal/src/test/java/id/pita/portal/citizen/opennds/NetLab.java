package id.pita.portal.citizen.opennds;

import java.util.List;

/**
 * Three network namespaces named after this JVM's PID: a client behind the gateway's {@code lan0}, the gateway
 * (openNDS) with {@code up0} to the host, where Pita listens, and {@code wan1} to an "internet" namespace. Only
 * private 10.213.x.x addresses on veths made here; nothing leaves these namespaces and the host-side veth.
 */
final class NetLab implements AutoCloseable {
    /** The client's MAC, locally administered, so the DHCP lease line can name it before openNDS starts. */
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
    private final Namespaces namespaces;

    NetLab() {
        long pid = ProcessHandle.current().pid();
        client = "pita-nds-cl-" + pid;
        gateway = "pita-nds-gw-" + pid;
        internet = "pita-nds-in-" + pid;
        hostVeth = "pnds" + pid;
        namespaces = new Namespaces(hostVeth);
        int block = Namespaces.freeBlock("10.213", pid);
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
            namespaces.add(ns);
        }
        Cmd.run("ip", "link", "add", hostVeth, "type", "veth", "peer", "name", "up0", "netns", gateway).orFail();
        Cmd.run("ip", "addr", "add", hostIp + "/30", "dev", hostVeth).orFail();
        Cmd.run("ip", "link", "set", hostVeth, "up").orFail();
        Namespaces.up(gateway, "up0", gatewayUpIp + "/30");
        Namespaces.ip(gateway, "link", "add", "lan0", "type", "veth", "peer", "name", "eth0", "netns", client);
        Namespaces.ip(client, "link", "set", "eth0", "address", CLIENT_MAC);
        Namespaces.up(gateway, "lan0", gatewayLanIp + "/24");
        Namespaces.up(client, "eth0", clientIp + "/24");
        Namespaces.ip(gateway, "link", "add", "wan1", "type", "veth", "peer", "name", "eth0", "netns", internet);
        Namespaces.up(gateway, "wan1", Namespaces.firstOf(internetIp) + "/24");
        Namespaces.up(internet, "eth0", internetIp + "/24");
        Namespaces.ip(client, "route", "add", "default", "via", gatewayLanIp);
        Namespaces.ip(internet, "route", "add", "default", "via", Namespaces.firstOf(internetIp));
        Namespaces.ip(gateway, "route", "add", "default", "via", hostIp);
        // Pita answers the citizen's browser directly, so the host needs the way back to the client's LAN.
        Cmd.run("ip", "route", "add", lanNet, "via", gatewayUpIp, "dev", hostVeth).orFail();
        Cmd.run("ip", "netns", "exec", gateway, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1").orFail();
        return this;
    }

    /** Runs a command inside namespace {@code ns}. */
    Cmd.Result exec(String ns, String... command) {
        return Namespaces.exec(ns, command);
    }

    /** Deletes the namespaces (their veths go with them, and the host veth and route with its peer). */
    @Override
    public void close() {
        namespaces.close();
    }
}
