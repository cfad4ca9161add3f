package id.pita.engine.radius.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * Datagrams the kernel dropped on one of Pita's UDP sockets before Pita read them (its receive buffer was full):
 * the {@code drops} column of Linux's {@code /proc/net/udp} and {@code /proc/net/udp6} for the socket's local port.
 * Pita's own counters see only what it read; with this, every datagram that reached the host is counted somewhere.
 * Empty where there is no such file (not Linux). Stateless and thread-safe.
 */
final class SocketDrops {
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/udp"), Path.of("/proc/net/udp6"));

    private SocketDrops() {
    }

    /** The kernel's drop count for the socket bound to {@code local} (address and port). */
    static OptionalLong of(InetSocketAddress local) {
        var want = hex(local);
        // Java binds IPv4 addresses on dual-stack sockets too, listed in udp6 as ::ffff:a.b.c.d.
        var mapped = local.getAddress() instanceof java.net.Inet4Address
                ? "0000000000000000FFFF0000" + want : want;
        long drops = 0;
        boolean seen = false;
        for (var table : TABLES) {
            if (!Files.isReadable(table)) {
                continue;
            }
            try {
                for (var line : Files.readAllLines(table)) {
                    var f = line.trim().split("\\s+");
                    // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ref pointer drops
                    if (f.length < 13 || f[0].equals("sl") || f[1].indexOf(':') < 0) {
                        continue;
                    }
                    if (f[1].equalsIgnoreCase(want) || f[1].equalsIgnoreCase(mapped)) {
                        drops += Long.parseLong(f[f.length - 1]);
                        seen = true;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return seen ? OptionalLong.of(drops) : OptionalLong.empty();
    }

    /**
     * An address as the tables write it: the address's 32-bit words each in host (little-endian) byte order, in hex,
     * then ':' and the port in hex ({@code 0100007F:0714} for 127.0.0.1:1812).
     */
    static String hex(InetSocketAddress local) {
        var bytes = local.getAddress().getAddress();
        var sb = new StringBuilder();
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 3; i >= 0; i--) {
                sb.append(String.format("%02X", bytes[word + i] & 0xff));
            }
        }
        return sb.append(String.format(":%04X", local.getPort())).toString();
    }
}
