package id.pita.portal.app;

import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.engine.radius.packet.UserPassword;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A flooding gateway in a process of its own (RadiusFloodIT starts it as a child JVM, as a real flooder is a router
 * on another machine, not a thread of Pita's): valid-looking requests signed with the gateway's real secret,
 * alternately Access-Requests (PAP, wrong password, with Message-Authenticator) and Accounting Interim-Updates, from
 * the gateway's address, at a fixed rate in 1 ms batches for a bounded time, never waiting for answers. Prints
 * {@code FLOODING} when it sends the first and {@code DONE sent=N answered=M cpuMs=C} (its own CPU time) at the end.
 *
 * <p>{@code RadiusFlooder <source address> <secret> <host> <auth port> <accounting port> <per second> <seconds>}
 */
public final class RadiusFlooder {
    private RadiusFlooder() {
    }

    public static void main(String[] a) throws Exception {
        var source = InetAddress.getByName(a[0]);
        var key = a[1].getBytes(StandardCharsets.UTF_8);
        var host = InetAddress.getByName(a[2]);
        var auth = new InetSocketAddress(host, Integer.parseInt(a[3]));
        var acct = new InetSocketAddress(host, Integer.parseInt(a[4]));
        int perSecond = Integer.parseInt(a[5]);
        long seconds = Math.min(60, Long.parseLong(a[6]));
        var random = new SecureRandom();
        var packets = new ArrayList<byte[]>();
        for (int i = 0; i < 4_000; i++) {
            packets.add(i % 2 == 0 ? access(key, i, random).encode() : interim(key, i).encode());
        }
        var answered = new AtomicLong();
        long sent = 0;
        try (var socket = new DatagramSocket(new InetSocketAddress(source, 0))) {
            socket.setSendBufferSize(1 << 20);
            var reader = new Thread(() -> {
                var buffer = new byte[4096];
                while (!socket.isClosed()) {
                    try {
                        socket.receive(new DatagramPacket(buffer, buffer.length));
                        answered.incrementAndGet();
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            }, "flooder-answers");
            reader.setDaemon(true);
            reader.start();
            System.out.println("FLOODING");
            System.out.flush();
            long start = System.nanoTime();
            long end = start + TimeUnit.SECONDS.toNanos(seconds);
            long now;
            while ((now = System.nanoTime()) < end) {
                long due = (now - start) * perSecond / 1_000_000_000L;
                for (; sent < due; sent++) {
                    int i = (int) (sent % packets.size());
                    var bytes = packets.get(i);
                    socket.send(new DatagramPacket(bytes, bytes.length, i % 2 == 0 ? auth : acct));
                }
                TimeUnit.MILLISECONDS.sleep(1);
            }
            Thread.sleep(1_000);
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        System.out.println("DONE sent=" + sent + " answered=" + answered.get() + " cpuMs="
                + os.getProcessCpuTime() / 1_000_000);
        System.out.flush();
    }

    private static RadiusPacket access(byte[] key, int i, SecureRandom random) {
        var authenticator = new byte[16];
        random.nextBytes(authenticator);
        var attributes = java.util.List.of(RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]),
                RadiusAttribute.ofString(AttributeType.USER_NAME, "warga-" + i),
                RadiusAttribute.of(AttributeType.USER_PASSWORD, UserPassword.hide(("wrong-" + i)
                        .getBytes(StandardCharsets.UTF_8), key, authenticator)));
        return Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCESS_REQUEST, i & 0xff, authenticator,
                attributes), key);
    }

    private static RadiusPacket interim(byte[] key, int i) {
        return Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCOUNTING_REQUEST, i & 0xff, java.util.List.of(
                RadiusAttribute.ofInt(40, 3), RadiusAttribute.ofString(44, "flood-" + i),
                RadiusAttribute.ofInt(46, i), RadiusAttribute.ofString(AttributeType.USER_NAME, "warga-" + i))), key);
    }
}
