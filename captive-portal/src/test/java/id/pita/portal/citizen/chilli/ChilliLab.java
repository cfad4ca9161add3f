package id.pita.portal.citizen.chilli;

import id.pita.portal.citizen.opennds.Cmd;
import id.pita.portal.citizen.opennds.Namespaces;
import java.util.ArrayList;
import java.util.List;

/**
 * Namespaces named after this JVM's PID: two citizens' devices on a bridge that chilli serves ({@code br0}, its
 * {@code dhcpif}, no address of its own), the gateway with {@code up0} to the host, where Pita listens, and
 * {@code wan1} to an "internet" namespace. Only private 10.214.x.x addresses on veths made here; nothing leaves
 * these namespaces and the host-side veth.
 */
final class ChilliLab implements AutoCloseable {
    final String gateway;
    final String internet;
    final List<String> clients;
    final String hostVeth;
    final String hostIp;
    final String gatewayUpIp;
    /** chilli's own address on its tun device, where it answers UAM ({@code uamlisten}) and DHCP. */
    final String uamIp;
    final String clientNet;
    final String internetIp;
    private final Namespaces namespaces;

    ChilliLab() {
        long pid = ProcessHandle.current().pid();
        gateway = "pita-chl-gw-" + pid;
        internet = "pita-chl-in-" + pid;
        clients = List.of("pita-chl-c1-" + pid, "pita-chl-c2-" + pid);
        hostVeth = "pchl" + pid;
        namespaces = new Namespaces(hostVeth);
        int block = Namespaces.freeBlock("10.214", pid);
        hostIp = "10.214." + block + ".1";
        gatewayUpIp = "10.214." + block + ".2";
        uamIp = "10.214." + (block + 1) + ".1";
        clientNet = "10.214." + (block + 1) + ".0/24";
        internetIp = "10.214." + (block + 2) + ".80";
    }

    /** Builds namespaces, links, addresses, routes and the gateway's firewall; on failure the caller still closes. */
    ChilliLab create() {
        var all = new ArrayList<>(List.of(gateway, internet));
        all.addAll(clients);
        all.forEach(namespaces::add);
        Cmd.run("ip", "link", "add", hostVeth, "type", "veth", "peer", "name", "up0", "netns", gateway).orFail();
        Cmd.run("ip", "addr", "add", hostIp + "/30", "dev", hostVeth).orFail();
        Cmd.run("ip", "link", "set", hostVeth, "up").orFail();
        Namespaces.up(gateway, "up0", gatewayUpIp + "/30");
        Namespaces.ip(gateway, "link", "add", "br0", "type", "bridge");
        Namespaces.ip(gateway, "link", "set", "br0", "up");
        for (int i = 0; i < clients.size(); i++) {
            var lan = "lan" + i;
            Namespaces.ip(gateway, "link", "add", lan, "type", "veth", "peer", "name", "eth0", "netns",
                    clients.get(i));
            Namespaces.ip(gateway, "link", "set", lan, "master", "br0");
            Namespaces.ip(gateway, "link", "set", lan, "up");
            Namespaces.ip(clients.get(i), "link", "set", "eth0", "up");
            // chilli's raw socket passes the veth's partial TCP checksums on unchanged; servers would drop them.
            exec(clients.get(i), "ethtool", "-K", "eth0", "tx", "off").orFail();
        }
        Namespaces.ip(gateway, "link", "add", "wan1", "type", "veth", "peer", "name", "eth0", "netns", internet);
        Namespaces.up(gateway, "wan1", Namespaces.firstOf(internetIp) + "/24");
        Namespaces.up(internet, "eth0", internetIp + "/24");
        Namespaces.ip(internet, "route", "add", "default", "via", Namespaces.firstOf(internetIp));
        Namespaces.ip(gateway, "route", "add", "default", "via", hostIp);
        // Pita answers the citizen's browser directly, so the host needs the way back to chilli's client net.
        Cmd.run("ip", "route", "add", clientNet, "via", gatewayUpIp, "dev", hostVeth).orFail();
        exec(gateway, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1").orFail();
        // The gateway's kernel must not route the clients' frames itself, bypassing chilli (chilli adds no rules).
        for (var chain : List.of(List.of("INPUT", "-i"), List.of("FORWARD", "-i"), List.of("FORWARD", "-o"))) {
            exec(gateway, "iptables", "-I", chain.get(0), chain.get(1), "br0", "-j", "DROP").orFail();
        }
        return this;
    }

    /** Runs a command inside namespace {@code ns}. */
    Cmd.Result exec(String ns, String... command) {
        return Namespaces.exec(ns, command);
    }

    /**
     * IP octets received so far on {@code dev} in {@code ns}: the link's byte counter less each frame's 14-byte
     * Ethernet header, the unit a NAS counts in Acct-Input/Output-Octets.
     */
    long receivedIpOctets(String ns, String dev) {
        var stats = "/sys/class/net/" + dev + "/statistics/";
        var out = exec(ns, "cat", stats + "rx_bytes", stats + "rx_packets").orFail().output().trim().split("\\s+");
        return Long.parseLong(out[0]) - 14 * Long.parseLong(out[1]);
    }

    /** Deletes the namespaces (their veths, tun device and firewall rules go with them) and the host veth. */
    @Override
    public void close() {
        namespaces.close();
    }
}
