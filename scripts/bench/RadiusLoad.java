/*
 * A RADIUS load generator, independent of Pita's own codec so that it measures Pita and FreeRADIUS
 * the same way. Closed loop: C worker threads, each with its own UDP socket, send one request and
 * wait for its answer (1 s timeout unless TIMEOUT_MS, counted as lost) before the next. Run with the JDK's source
 * launcher: java scripts/bench/RadiusLoad.java auth 127.0.0.1 1812 secret 20000 32 user pass [timeoutMs]
 *
 * Modes: auth = Access-Request, PAP, with Message-Authenticator (as BlastRADIUS requires);
 *        acct = Accounting-Request Interim-Update with unique sessions and counters.
 * Prints one line of key=value results.
 */
import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class RadiusLoad {
    public static void main(String[] a) throws Exception {
        if (a.length < 6) {
            System.err.println("usage: RadiusLoad auth|acct host port secret total concurrency [user] [password] [timeoutMs]");
            System.exit(2);
        }
        String mode = a[0];
        InetAddress host = InetAddress.getByName(a[1]);
        int port = Integer.parseInt(a[2]);
        byte[] secret = a[3].getBytes(StandardCharsets.UTF_8);
        int total = Integer.parseInt(a[4]);
        int conc = Integer.parseInt(a[5]);
        String user = a.length > 6 ? a[6] : "bench";
        String pass = a.length > 7 ? a[7] : "bench";
        int timeoutMs = a.length > 8 ? Integer.parseInt(a[8]) : 1000;
        long[] lat = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        AtomicLong sessionSeq = new AtomicLong(System.nanoTime());
        Thread[] workers = new Thread[conc];
        long start = System.nanoTime();
        for (int t = 0; t < conc; t++) {
            workers[t] = new Thread(() -> {
                try (DatagramSocket s = new DatagramSocket()) {
                    s.setSoTimeout(timeoutMs);
                    SecureRandom rnd = new SecureRandom();
                    byte[] buf = new byte[4096];
                    int id = 0;
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        id = (id + 1) & 0xff;
                        byte[] pkt = mode.equals("auth")
                                ? accessRequest(id, secret, user, pass, rnd)
                                : accountingRequest(id, secret, "bench-" + sessionSeq.incrementAndGet(), i);
                        long t0 = System.nanoTime();
                        s.send(new DatagramPacket(pkt, pkt.length, host, port));
                        try {
                            while (true) {
                                DatagramPacket r = new DatagramPacket(buf, buf.length);
                                s.receive(r);
                                if ((buf[1] & 0xff) != id) {
                                    continue; // a late answer to an earlier, timed-out request
                                }
                                lat[i] = System.nanoTime() - t0;
                                int code = buf[0] & 0xff;
                                if (code == 2 || code == 5) {
                                    ok.incrementAndGet();
                                } else {
                                    rejected.incrementAndGet();
                                }
                                break;
                            }
                        } catch (SocketTimeoutException e) {
                            lat[i] = -1;
                            lost.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        long[] answered = Arrays.stream(lat).filter(x -> x > 0).sorted().toArray();
        System.out.printf("mode=%s total=%d ok=%d rejected=%d lost=%d seconds=%.2f rate=%.0f/s p50_ms=%.3f p99_ms=%.3f%n",
                mode, total, ok.get(), rejected.get(), lost.get(), secs, (ok.get() + rejected.get()) / secs,
                pct(answered, 50), pct(answered, 99));
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static byte[] accessRequest(int id, byte[] secret, String user, String pass, SecureRandom rnd) throws Exception {
        byte[] auth = new byte[16];
        rnd.nextBytes(auth);
        ByteArrayOutputStream attrs = new ByteArrayOutputStream();
        attr(attrs, 80, new byte[16]); // Message-Authenticator, first, filled below
        attr(attrs, 1, user.getBytes(StandardCharsets.UTF_8));
        attr(attrs, 2, hide(pass.getBytes(StandardCharsets.UTF_8), secret, auth));
        attr(attrs, 4, new byte[] {127, 0, 0, 1});
        attr(attrs, 31, "AA:BB:CC:DD:EE:01".getBytes(StandardCharsets.US_ASCII));
        byte[] p = packet(1, id, auth, attrs.toByteArray());
        Mac mac = Mac.getInstance("HmacMD5");
        mac.init(new SecretKeySpec(secret, "HmacMD5"));
        byte[] ma = mac.doFinal(p);
        System.arraycopy(ma, 0, p, 22, 16);
        return p;
    }

    static byte[] accountingRequest(int id, byte[] secret, String session, int i) throws Exception {
        ByteArrayOutputStream attrs = new ByteArrayOutputStream();
        attr(attrs, 40, int32(3)); // Acct-Status-Type = Interim-Update
        attr(attrs, 44, session.getBytes(StandardCharsets.US_ASCII));
        attr(attrs, 1, "bench".getBytes(StandardCharsets.US_ASCII));
        attr(attrs, 4, new byte[] {127, 0, 0, 1});
        attr(attrs, 31, "AA:BB:CC:DD:EE:02".getBytes(StandardCharsets.US_ASCII));
        attr(attrs, 42, int32(1000 + i)); // Acct-Input-Octets
        attr(attrs, 43, int32(5000 + i)); // Acct-Output-Octets
        attr(attrs, 46, int32(60)); // Acct-Session-Time
        byte[] p = packet(4, id, new byte[16], attrs.toByteArray());
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(p);
        md5.update(secret);
        System.arraycopy(md5.digest(), 0, p, 4, 16);
        return p;
    }

    static byte[] packet(int code, int id, byte[] auth, byte[] attrs) {
        byte[] p = new byte[20 + attrs.length];
        p[0] = (byte) code;
        p[1] = (byte) id;
        p[2] = (byte) (p.length >> 8);
        p[3] = (byte) p.length;
        System.arraycopy(auth, 0, p, 4, 16);
        System.arraycopy(attrs, 0, p, 20, attrs.length);
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

    static byte[] hide(byte[] pw, byte[] secret, byte[] auth) throws Exception {
        int n = Math.max(16, (pw.length + 15) / 16 * 16);
        byte[] padded = Arrays.copyOf(pw, n);
        byte[] out = new byte[n];
        byte[] prev = auth;
        for (int off = 0; off < n; off += 16) {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(secret);
            md5.update(prev);
            byte[] b = md5.digest();
            for (int j = 0; j < 16; j++) {
                out[off + j] = (byte) (padded[off + j] ^ b[j]);
            }
            prev = Arrays.copyOfRange(out, off, off + 16);
        }
        return out;
    }
}
