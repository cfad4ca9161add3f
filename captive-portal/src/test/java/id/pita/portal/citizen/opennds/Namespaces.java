package id.pita.portal.citizen.opennds;

import java.util.ArrayList;
import java.util.List;

/**
 * The network namespaces and the host-side veth a lab made, removed again by {@link #close} (their veths, tun
 * devices and firewall rules go with them), plus the few {@code ip} idioms the labs share.
 */
public final class Namespaces implements AutoCloseable {
    private final String hostVeth;
    private final List<String> created = new ArrayList<>();

    /** @param hostVeth the veth the lab puts in the host namespace (deleted on close too) */
    public Namespaces(String hostVeth) {
        this.hostVeth = hostVeth;
    }

    /** Adds namespace {@code ns} with its loopback up; it is deleted on {@link #close}. */
    public void add(String ns) {
        Cmd.run("ip", "netns", "add", ns).orFail();
        created.add(ns);
        ip(ns, "link", "set", "lo", "up");
    }

    /** Runs a command inside namespace {@code ns}. */
    public static Cmd.Result exec(String ns, String... command) {
        var full = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        full.addAll(List.of(command));
        return Cmd.run(full);
    }

    /** {@code ip -n ns args...}, failing the test when it fails. */
    public static void ip(String ns, String... args) {
        var full = new ArrayList<>(List.of("ip", "-n", ns));
        full.addAll(List.of(args));
        Cmd.run(full).orFail();
    }

    /** Gives {@code dev} in {@code ns} the address {@code cidr} and brings it up. */
    public static void up(String ns, String dev, String cidr) {
        ip(ns, "addr", "add", cidr, "dev", dev);
        ip(ns, "link", "set", dev, "up");
    }

    /**
     * A block of three /24s ({@code prefix.b.0} to {@code prefix.b+2.0}, b a multiple of 4) that no route on the
     * host uses yet, starting from one the PID picks, so that two test JVMs on one machine do not collide.
     */
    public static int freeBlock(String prefix, long pid) {
        var routes = Cmd.run("ip", "-4", "route", "show").orFail().output();
        for (int i = 0; i < 60; i++) {
            int block = (int) ((pid + i) % 60) * 4;
            if (!routes.contains(prefix + "." + block + ".") && !routes.contains(prefix + "." + (block + 1) + ".")) {
                return block;
            }
        }
        throw new AssertionError("no free " + prefix + ".x.0/24 block for the lab; host routes:\n" + routes);
    }

    /** {@code a.b.c.1} for an address {@code a.b.c.d}: the gateway side of that /24. */
    public static String firstOf(String ip) {
        return ip.substring(0, ip.lastIndexOf('.')) + ".1";
    }

    @Override
    public void close() {
        for (var ns : created) {
            Cmd.run("ip", "netns", "del", ns);
        }
        Cmd.run("ip", "link", "del", hostVeth);
        created.clear();
    }
}
