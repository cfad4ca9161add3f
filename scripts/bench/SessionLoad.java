/*
 * Opens live sessions on Pita the way gateways do: an Accounting-Request Start per session, sent from the
 * gateway's own loopback address (Pita checks the source address), closed loop with C workers, 1 s timeout
 * and up to 5 retransmissions of the same packet (as RouterOS retries). Gateway g (0-based) is at
 * 127.1.(g / 250).(g % 250 + 1), as scripts/bench/memory's district lists them. Prints one key=value line.
 *
 *   java SessionLoad.java HOST PORT SECRET GATEWAYS SESSIONS_PER_GATEWAY CONCURRENCY
 */
import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicInteger;

public class SessionLoad {
    public static void main(String[] a) throws Exception {
        if (a.length < 6) {
            System.err.println("usage: SessionLoad host port secret gateways sessionsPerGateway concurrency");
            System.exit(2);
        }
        InetAddress host = InetAddress.getByName(a[0]);
        int port = Integer.parseInt(a[1]);
        byte[] secret = a[2].getBytes(StandardCharsets.UTF_8);
        int gateways = Integer.parseInt(a[3]);
        int perGateway = Integer.parseInt(a[4]);
        int conc = Integer.parseInt(a[5]);
        AtomicInteger nextGateway = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        long start = System.nanoTime();
        Thread[] workers = new Thread[conc];
        for (int t = 0; t < conc; t++) {
            workers[t] = new Thread(() -> {
                byte[] buf = new byte[4096];
                int g;
                while ((g = nextGateway.getAndIncrement()) < gateways) {
                    try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(address(g), 0))) {
                        s.setSoTimeout(1000);
                        for (int i = 0; i < perGateway; i++) {
                            int id = i & 0xff;
                            byte[] pkt = start(id, secret, g, i);
                            boolean answered = false;
                            for (int attempt = 0; attempt < 6 && !answered; attempt++) {
                                if (attempt > 0) {
                                    retries.incrementAndGet();
                                }
                                s.send(new DatagramPacket(pkt, pkt.length, host, port));
                                try {
                                    while (true) {
                                        DatagramPacket r = new DatagramPacket(buf, buf.length);
                                        s.receive(r);
                                        if ((buf[1] & 0xff) == id && (buf[0] & 0xff) == 5) {
                                            answered = true;
                                            break;
                                        }
                                    }
                                } catch (SocketTimeoutException e) {
                                    // retransmit the same packet
                                }
                            }
                            if (answered) {
                                ok.incrementAndGet();
                            } else {
                                lost.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("mode=starts gateways=%d sessions=%d ok=%d retransmitted=%d lost=%d seconds=%.2f rate=%.0f/s%n",
                gateways, gateways * perGateway, ok.get(), retries.get(), lost.get(), secs, ok.get() / secs);
    }

    static String address(int g) {
        return "127.1." + (g / 250) + "." + (g % 250 + 1);
    }

    /** Acct-Status-Type Start with a unique session id, MAC and address per gateway and session. */
    static byte[] start(int id, byte[] secret, int g, int i) throws Exception {
        ByteArrayOutputStream attrs = new ByteArrayOutputStream();
        attr(attrs, 40, int32(1)); // Acct-Status-Type = Start
        attr(attrs, 44, String.format("%08x", g * 1000 + i).getBytes(StandardCharsets.US_ASCII));
        attr(attrs, 1, ("warga-" + g + "-" + i).getBytes(StandardCharsets.US_ASCII));
        attr(attrs, 8, new byte[] {10, (byte) (g >> 8), (byte) g, (byte) (i + 2)}); // Framed-IP-Address
        String mac = String.format("02:%02X:%02X:%02X:%02X:%02X", (g >> 16) & 0xff, (g >> 8) & 0xff, g & 0xff,
                (i >> 8) & 0xff, i & 0xff);
        attr(attrs, 31, mac.getBytes(StandardCharsets.US_ASCII));
        attr(attrs, 4, InetAddress.getByName(address(g)).getAddress()); // NAS-IP-Address
        byte[] attrBytes = attrs.toByteArray();
        byte[] p = new byte[20 + attrBytes.length];
        p[0] = 4;
        p[1] = (byte) id;
        p[2] = (byte) (p.length >> 8);
        p[3] = (byte) p.length;
        System.arraycopy(attrBytes, 0, p, 20, attrBytes.length);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(p);
        md5.update(secret);
        System.arraycopy(md5.digest(), 0, p, 4, 16);
        return p;
    }

    static void attr(ByteArrayOutputStream out, int type, byte[] v) {
        out.write(type);
        out.write(v.length + 2);
        out.writeBytes(v);
    }

    static byte[] int32(int v) {
        return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
