package id.pita.portal.app;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Random and mutated datagrams at both RADIUS ports of a running Pita over loopback UDP (issue 17, fuzz over real
 * sockets), interleaved with valid requests that must be answered. Built here byte by byte (RFC 2865/2866 with
 * MD5 and HMAC-MD5 from the JDK), not with Pita's codec. Per datagram: 15 % random bytes, 5 % from an address no
 * gateway has, the rest a mutation of a valid Access-Request (PAP with Message-Authenticator) or
 * Accounting-Request: a bit flip, a random byte, truncation, a wrong Length field, a bad attribute length (half of
 * these signed again with the right secret, so that they pass the authenticators and reach attribute parsing),
 * the wrong secret, or a duplicate of the last valid one. Every {@value #VALID_EVERY}th datagram is a fresh valid
 * request sent from another socket and waited for (retransmitted every 2 s, as a gateway does). Paced; what the
 * kernel still drops on Pita's sockets Pita reports as {@code pita_radius_socket_dropped}.
 */
final class SocketFuzz {
    static final int VALID_EVERY = 100;
    static final int VALID_TRIES = 10;

    /** A gateway the fuzz speaks as: its address on loopback, secret, and an office link's user and password. */
    record Gateway(String address, String secret, String user, String password) {
    }

    /**
     * @param sent          datagrams sent by the fuzz sockets (valid requests not included)
     * @param answered      answers received on the fuzz sockets
     * @param validSent     valid requests sent and waited for
     * @param validAnswered of those, answered (retransmitted every 2 s, up to {@value #VALID_TRIES} tries)
     * @param validDatagrams datagrams those took, retransmissions included
     * @param validAnswers  answers received on the valid requests' socket, late ones included
     */
    record Outcome(long sent, long answered, long validSent, long validAnswered, long validDatagrams,
                   long validAnswers, Duration took) {
        long totalSent() {
            return sent + validDatagrams;
        }

        long totalAnswered() {
            return answered + validAnswers;
        }
    }

    private final InetSocketAddress auth;
    private final InetSocketAddress acct;
    private final Gateway gw;
    private final byte[] secret;
    private final Random random;
    private int identifier;
    private long validDatagrams;
    private long validAnswers;

    SocketFuzz(InetSocketAddress auth, InetSocketAddress acct, Gateway gw, long seed) {
        this.auth = auth;
        this.acct = acct;
        this.gw = gw;
        this.secret = gw.secret().getBytes(StandardCharsets.UTF_8);
        this.random = new Random(seed);
    }

    /** Sends {@code datagrams} fuzz datagrams at about {@code perSecond}, then waits for the last answers. */
    Outcome run(long datagrams, int perSecond) throws Exception {
        long started = System.nanoTime();
        var answered = new AtomicLong();
        try (var fuzz = socket(gw.address()); var stranger = socket("127.0.0.99"); var valid = socket(gw.address())) {
            valid.setSoTimeout(2_000);
            var readers = List.of(reader(fuzz, answered), reader(stranger, answered));
            readers.forEach(Thread::start);
            long validSent = 0;
            long validAnswered = 0;
            byte[] lastValid = accessRequest(true);
            long spacing = 1_000_000_000L / perSecond;
            long next = System.nanoTime();
            for (long i = 0; i < datagrams; i++) {
                if (i % VALID_EVERY == 0) {
                    validSent++;
                    boolean toAuth = (i / VALID_EVERY) % 2 == 0;
                    lastValid = toAuth ? accessRequest(true) : accountingRequest(true);
                    if (exchange(valid, lastValid, toAuth ? auth : acct)) {
                        validAnswered++;
                    }
                }
                boolean toAuth = random.nextBoolean();
                var from = random.nextInt(100) < 5 ? stranger : fuzz;
                var bytes = next(toAuth, lastValid);
                from.send(new DatagramPacket(bytes, bytes.length, toAuth ? auth : acct));
                if ((i & 63) == 63) {
                    next += spacing * 64;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } else if (wait < -200_000_000L) {
                        next = System.nanoTime(); // behind (a loaded machine): never burst to catch up
                    }
                }
            }
            // The last answers: wait until none has come for a second (at most 15 s).
            long last = -1;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (answered.get() != last && System.nanoTime() < deadline) {
                last = answered.get();
                Thread.sleep(1_000);
            }
            fuzz.close();
            stranger.close();
            for (var r : readers) {
                r.join(5_000);
            }
            return new Outcome(datagrams, answered.get(), validSent, validAnswered, validDatagrams, validAnswers,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static DatagramSocket socket(String address) throws IOException {
        var s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(address), 0));
        s.setReceiveBufferSize(4 << 20);
        return s;
    }

    private static Thread reader(DatagramSocket socket, AtomicLong answered) {
        var t = new Thread(() -> {
            var buffer = new DatagramPacket(new byte[4096], 4096);
            while (!socket.isClosed()) {
                try {
                    socket.receive(buffer);
                    answered.incrementAndGet();
                } catch (SocketException e) {
                    return; // closed
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "fuzz-reader");
        t.setDaemon(true);
        return t;
    }

    /**
     * Sends a valid request and waits for its answer, retransmitting every 2 s as a gateway does, for up to
     * {@value #VALID_TRIES} tries (a loaded shared machine can hold an answer back for seconds).
     */
    private boolean exchange(DatagramSocket socket, byte[] request, InetSocketAddress to) throws IOException {
        var answer = new DatagramPacket(new byte[4096], 4096);
        for (int attempt = 0; attempt < VALID_TRIES; attempt++) {
            socket.send(new DatagramPacket(request, request.length, to));
            validDatagrams++;
            try {
                while (true) {
                    socket.receive(answer);
                    validAnswers++;
                    if ((answer.getData()[1] & 0xff) == (request[1] & 0xff)) {
                        return true;
                    }
                }
            } catch (SocketTimeoutException e) {
                // retransmit
            }
        }
        return false;
    }

    private byte[] next(boolean toAuth, byte[] lastValid) {
        int kind = random.nextInt(100);
        if (kind < 15) {
            var junk = new byte[random.nextInt(200)];
            random.nextBytes(junk);
            if (junk.length >= 20 && random.nextBoolean()) {
                junk[0] = (byte) (1 + random.nextInt(50));
                junk[2] = (byte) (junk.length >>> 8);
                junk[3] = (byte) junk.length;
            }
            return junk;
        }
        var p = toAuth ? accessRequest(random.nextInt(10) != 0) : accountingRequest(random.nextInt(10) != 0);
        switch (random.nextInt(8)) {
            case 0 -> p[random.nextInt(p.length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> p[random.nextInt(p.length)] = (byte) random.nextInt(256);
            case 2 -> p = Arrays.copyOf(p, random.nextInt(p.length));
            case 3 -> {
                // A Length field that lies: shorter or longer than the datagram, or over 4,096.
                int len = switch (random.nextInt(3)) {
                    case 0 -> random.nextInt(p.length);
                    case 1 -> p.length + 1 + random.nextInt(100);
                    default -> 4097 + random.nextInt(60_000);
                };
                p[2] = (byte) (len >>> 8);
                p[3] = (byte) len;
                if (random.nextBoolean()) {
                    p = Arrays.copyOf(p, Math.min(len, 8_000));
                }
            }
            case 4 -> {
                // An attribute whose length is 0, 1, or runs past the end; sometimes signed again.
                int at = attributeOffset(p);
                if (at > 0) {
                    p[at + 1] = (byte) (random.nextBoolean() ? random.nextInt(2) : p.length - at + 1 + random.nextInt(9));
                }
                if (random.nextBoolean()) {
                    resign(p, toAuth);
                }
            }
            case 5 -> {
                // Garbage inside an attribute's value, signed again: reaches the attribute decoders.
                for (int k = RADIUS_HEADER; k < p.length; k++) {
                    if (random.nextInt(8) == 0) {
                        p[k] = (byte) random.nextInt(256);
                    }
                }
                resign(p, toAuth);
            }
            case 6 -> p = toAuth ? accessRequestWith("wrong-" + gw.secret()) : accountingWith("wrong-" + gw.secret());
            default -> p = lastValid.clone(); // a duplicate: answered from the cache or dropped as in flight
        }
        return p;
    }

    private static final int RADIUS_HEADER = 20;

    /** The offset of a random attribute of a well-formed packet, or -1. */
    private int attributeOffset(byte[] p) {
        var offsets = new ArrayList<Integer>();
        int at = RADIUS_HEADER;
        while (at + 2 <= p.length) {
            int len = p[at + 1] & 0xff;
            if (len < 2) {
                break;
            }
            offsets.add(at);
            at += len;
        }
        return offsets.isEmpty() ? -1 : offsets.get(random.nextInt(offsets.size()));
    }

    byte[] accessRequest(boolean withMessageAuthenticator) {
        return withMessageAuthenticator ? accessRequestWith(gw.secret()) : accessRequestNoMa();
    }

    private byte[] accessRequestNoMa() {
        var auth = new byte[16];
        random.nextBytes(auth);
        var b = new Builder(1, nextId(), auth);
        b.string(1, gw.user());
        b.bytes(2, hidePassword(gw.password(), secret, auth));
        b.string(31, mac());
        return b.done();
    }

    private byte[] accessRequestWith(String key) {
        var auth = new byte[16];
        random.nextBytes(auth);
        var keyBytes = key.getBytes(StandardCharsets.UTF_8);
        var b = new Builder(1, nextId(), auth);
        b.bytes(80, new byte[16]);
        b.string(1, gw.user());
        b.bytes(2, hidePassword(gw.password(), keyBytes, auth));
        b.string(31, mac());
        b.integer(61, 15);
        var p = b.done();
        signMessageAuthenticator(p, keyBytes);
        return p;
    }

    byte[] accountingRequest(boolean valid) {
        return accountingWith(valid ? gw.secret() : "wrong-" + gw.secret());
    }

    private byte[] accountingWith(String key) {
        var b = new Builder(4, nextId(), new byte[16]);
        b.integer(40, 1 + random.nextInt(3));
        b.string(44, "fuzz-" + random.nextInt(5_000));
        b.string(1, gw.user());
        b.integer(42, random.nextInt(Integer.MAX_VALUE));
        b.integer(43, random.nextInt(Integer.MAX_VALUE));
        b.integer(46, random.nextInt(86_400));
        b.string(31, mac());
        var p = b.done();
        signAccounting(p, key.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    private void resign(byte[] p, boolean toAuth) {
        if (p.length < RADIUS_HEADER) {
            return;
        }
        if (toAuth) {
            signMessageAuthenticator(p, secret);
        } else {
            signAccounting(p, secret);
        }
    }

    private int nextId() {
        identifier = (identifier + 1) & 0xff;
        return identifier;
    }

    private String mac() {
        return String.format("02-00-00-%02X-%02X-%02X", random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }

    /** RFC 2866 §3: MD5(Code + Identifier + Length + 16 zero octets + Attributes + Secret). */
    static void signAccounting(byte[] p, byte[] key) {
        Arrays.fill(p, 4, 20, (byte) 0);
        var md5 = md5();
        md5.update(p);
        md5.update(key);
        System.arraycopy(md5.digest(), 0, p, 4, 16);
    }

    /** RFC 3579 §3.2: HMAC-MD5 over the packet with the Message-Authenticator value zeroed, if the packet has one. */
    static void signMessageAuthenticator(byte[] p, byte[] key) {
        int at = RADIUS_HEADER;
        while (at + 2 <= p.length) {
            int len = p[at + 1] & 0xff;
            if (len < 2 || at + len > p.length) {
                return;
            }
            if ((p[at] & 0xff) == 80 && len == 18) {
                Arrays.fill(p, at + 2, at + 18, (byte) 0);
                try {
                    var mac = Mac.getInstance("HmacMD5");
                    mac.init(new SecretKeySpec(key, "HmacMD5"));
                    System.arraycopy(mac.doFinal(p), 0, p, at + 2, 16);
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
                return;
            }
            at += len;
        }
    }

    /** RFC 2865 §5.2 User-Password hiding. */
    static byte[] hidePassword(String password, byte[] key, byte[] authenticator) {
        var plain = password.getBytes(StandardCharsets.UTF_8);
        var padded = Arrays.copyOf(plain, Math.max(16, (plain.length + 15) / 16 * 16));
        var out = new byte[padded.length];
        byte[] previous = authenticator;
        for (int i = 0; i < padded.length; i += 16) {
            var md5 = md5();
            md5.update(key);
            md5.update(previous);
            var b = md5.digest();
            for (int j = 0; j < 16; j++) {
                out[i + j] = (byte) (padded[i + j] ^ b[j]);
            }
            previous = Arrays.copyOfRange(out, i, i + 16);
        }
        return out;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sum of every sample of {@code metric} whose labels contain {@code labelPart}, in Prometheus text. */
    static long sum(String prometheus, String metric, String labelPart) {
        long total = 0;
        for (var line : prometheus.split("\n")) {
            if (line.startsWith(metric + "{") && line.contains(labelPart)) {
                total += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    /** A request's bytes: header, then attributes; the Length is set by {@link #done}. Also used by the soak. */
    static final class Builder {
        private final ByteBuffer buf = ByteBuffer.allocate(4096);

        Builder(int code, int id, byte[] authenticator) {
            buf.put((byte) code).put((byte) id).putShort((short) 0).put(authenticator);
        }

        void bytes(int type, byte[] value) {
            buf.put((byte) type).put((byte) (value.length + 2)).put(value);
        }

        void string(int type, String value) {
            bytes(type, value.getBytes(StandardCharsets.UTF_8));
        }

        void integer(int type, int value) {
            buf.put((byte) type).put((byte) 6).putInt(value);
        }

        byte[] done() {
            int len = buf.position();
            buf.putShort(2, (short) len);
            return Arrays.copyOf(buf.array(), len);
        }
    }
}
