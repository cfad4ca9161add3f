/*
 * Complete citizen logins per second, independent of Pita's code: each login plays a MikroTik hotspot
 * and a phone end to end. GET the splash with fresh MikroTik parameters (mac, ip, chap-id and
 * chap-challenge octal-escaped as RouterOS writes them), POST the accept form built from the splash's
 * own fields, read the auto-submit form's username and HTTP-CHAP password, then send the router's
 * RADIUS Access-Request (CHAP-Password = chap-id + hash, CHAP-Challenge, Calling-Station-Id = MAC,
 * NAS-Identifier, Called-Station-Id = hotspot server name, Message-Authenticator) from the gateway's
 * address and count Access-Accepts. Closed loop, C workers.
 *
 * java scripts/bench/LoginLoad.java PORTAL_URL GATEWAY_ADDR SERVER_NAME RADIUS_HOST RADIUS_PORT SECRET TOTAL C [one|spread] [RATE [SECONDS]]
 *
 * Sources: "one" sends all HTTP from 127.0.0.1 with java.net.http.HttpClient (one client IP, as a
 * masquerading gateway looks); "spread" sends each login's HTTP from its own loopback address
 * 127.64.0.0/10 over a plain socket, as many phones behind non-masquerading gateways look (Java 17's
 * HttpClient cannot bind a local address). An https:// PORTAL_URL is spoken over TLS in both modes (trust
 * with -Djavax.net.ssl.trustStore). RATE (logins per second, default 0 = as fast as the workers go) starts
 * login i at i/RATE seconds, as arriving citizens do (scripts/soak); workers that fall behind start late, so the
 * measured rate says what was reached; SECONDS (with RATE) starts no log-in after that many seconds (total then
 * says how many were started). Prints one line of key=value results; refusals by status; radius_sent and
 * radius_answered count the Access-Requests sent and answered (one per login that reaches RADIUS, none retried).
 */
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class LoginLoad {
    static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    static final Pattern LOGIN_FORM = Pattern.compile("<form method=\"post\" action=\"/login\">(.*?)</form>",
            Pattern.DOTALL);

    static String portal;
    static String gateway;
    static String serverName;
    static InetAddress radiusHost;
    static int radiusPort;
    static byte[] secret;
    static boolean spread;
    static HttpClient http;
    static final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    static final LongAdder radiusSent = new LongAdder();
    static final LongAdder radiusAnswered = new LongAdder();
    static long[] radiusLatency;
    static final AtomicInteger radiusLatencies = new AtomicInteger();

    public static void main(String[] a) throws Exception {
        if (a.length < 8) {
            System.err.println("usage: LoginLoad PORTAL_URL GATEWAY_ADDR SERVER_NAME RADIUS_HOST RADIUS_PORT SECRET"
                    + " TOTAL CONCURRENCY [one|spread]");
            System.exit(2);
        }
        portal = a[0].replaceAll("/$", "");
        gateway = a[1];
        serverName = a[2];
        radiusHost = InetAddress.getByName(a[3]);
        radiusPort = Integer.parseInt(a[4]);
        secret = a[5].getBytes(StandardCharsets.UTF_8);
        int total = Integer.parseInt(a[6]);
        int conc = Integer.parseInt(a[7]);
        spread = a.length > 8 && a[8].equals("spread");
        double rate = a.length > 9 ? Double.parseDouble(a[9]) : 0;
        long stopAt = a.length > 10 ? (long) (Double.parseDouble(a[10]) * 1e9) : Long.MAX_VALUE;
        AtomicInteger started = new AtomicInteger();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        long[] lat = new long[total];
        radiusLatency = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        Thread[] workers = new Thread[conc];
        long start = System.nanoTime();
        for (int t = 0; t < conc; t++) {
            workers[t] = new Thread(() -> {
                try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(gateway, 0))) {
                    udp.setSoTimeout(2000);
                    var rnd = new SecureRandom();
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        if (System.nanoTime() - start > stopAt) {
                            break;
                        }
                        started.incrementAndGet();
                        if (rate > 0) {
                            long due = start + (long) (i * 1e9 / rate);
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                        }
                        long t0 = System.nanoTime();
                        try {
                            if (login(i, udp, rnd)) {
                                lat[i] = System.nanoTime() - t0;
                                accepted.incrementAndGet();
                            }
                        } catch (Exception e) {
                            fail(e.getClass().getSimpleName());
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
        long[] ok = Arrays.stream(lat).filter(x -> x > 0).sorted().toArray();
        long[] radiusOk = Arrays.stream(radiusLatency, 0, Math.min(total, radiusLatencies.get())).sorted().toArray();
        System.out.printf("mode=login sources=%s total=%d accepted=%d failed=%s seconds=%.2f rate=%.0f/s"
                        + " p50_ms=%.3f p99_ms=%.3f radius_sent=%d radius_answered=%d radius_p50_ms=%.3f"
                        + " radius_p99_ms=%.3f%n", spread ? "spread" : "one",
                started.get(), accepted.get(), failures(), secs, accepted.get() / secs, pct(ok, 50), pct(ok, 99),
                radiusSent.sum(), radiusAnswered.sum(), pct(radiusOk, 50), pct(radiusOk, 99));
    }

    /** Refusals as reason:count;reason:count, or none: one token for key=value parsers. */
    static String failures() {
        var s = new StringBuilder();
        new java.util.TreeMap<>(failures).forEach((k, v) -> s.append(s.length() == 0 ? "" : ";").append(k)
                .append(':').append(v.sum()));
        return s.length() == 0 ? "none" : s.toString();
    }

    static void fail(String why) {
        failures.computeIfAbsent(why, k -> new LongAdder()).increment();
    }

    /** One citizen's login; false (and a counted reason) when any step is refused. */
    static boolean login(int i, DatagramSocket udp, SecureRandom rnd) throws Exception {
        byte[] m = new byte[6];
        rnd.nextBytes(m);
        m[0] = (byte) ((m[0] & 0xfc) | 0x02); // locally administered, unicast: like a phone's private MAC
        String mac = HexFormat.ofDelimiter(":").withUpperCase().formatHex(m);
        String ip = "10.5." + (50 + (i >> 8 & 0x7f)) + "." + (i & 0xff);
        byte chapId = (byte) rnd.nextInt(256);
        byte[] challenge = new byte[16];
        rnd.nextBytes(challenge);
        String splash = "/?mac=" + enc(mac) + "&ip=" + ip + "&username="
                + "&link-login=" + enc("http://" + gateway + "/login?dst=" + enc("http://example.id/"))
                + "&link-login-only=" + enc("http://" + gateway + "/login")
                + "&link-orig=" + enc("http://example.id/berita")
                + "&link-logout=" + enc("http://" + gateway + "/logout")
                + "&chap-id=" + enc(octal(new byte[] {chapId})) + "&chap-challenge=" + enc(octal(challenge))
                + "&error=&server-name=" + enc(serverName);
        String source = "127." + (64 + (i >> 16 & 0x3f)) + "." + (i >> 8 & 0xff) + "." + (i & 0xff);
        try (var conn = spread ? new RawHttp(source) : null) {
            String[] page = get(conn, splash);
            if (!page[0].equals("200")) {
                fail("splash-" + page[0]);
                return false;
            }
            Matcher form = LOGIN_FORM.matcher(page[1]);
            if (!form.find()) {
                fail("splash-no-form");
                return false;
            }
            var fields = hidden(form.group(1));
            fields.put("terms", "1");
            String[] accept = post(conn, "/login", fields);
            if (!accept[0].equals("200")) {
                fail("login-" + accept[0]);
                return false;
            }
            var gw = hidden(accept[1]);
            if (!gw.containsKey("username") || !gw.containsKey("password")) {
                fail("login-no-credential");
                return false;
            }
            return radius(udp, rnd, gw.get("username"), chapId, HexFormat.of().parseHex(gw.get("password")),
                    challenge, mac, ip);
        }
    }

    static String[] get(RawHttp conn, String path) throws Exception {
        if (conn != null) {
            return conn.exchange("GET " + path + " HTTP/1.1\r\n", null);
        }
        var r = http.send(HttpRequest.newBuilder(URI.create(portal + path)).timeout(Duration.ofSeconds(10)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        return new String[] {String.valueOf(r.statusCode()), r.body()};
    }

    static String[] post(RawHttp conn, String path, Map<String, String> form) throws Exception {
        var body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        if (conn != null) {
            return conn.exchange("POST " + path + " HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n",
                    body.toString().getBytes(StandardCharsets.US_ASCII));
        }
        var r = http.send(HttpRequest.newBuilder(URI.create(portal + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        return new String[] {String.valueOf(r.statusCode()), r.body()};
    }

    /** The router's Access-Request for this credential; true on Access-Accept. */
    static boolean radius(DatagramSocket udp, SecureRandom rnd, String user, byte chapId, byte[] hash,
                          byte[] challenge, String mac, String ip) throws Exception {
        byte[] auth = new byte[16];
        rnd.nextBytes(auth);
        int id = rnd.nextInt(256);
        var attrs = new ByteArrayOutputStream();
        attr(attrs, 80, new byte[16]); // Message-Authenticator, filled below
        attr(attrs, 1, user.getBytes(StandardCharsets.UTF_8));
        byte[] chap = new byte[17];
        chap[0] = chapId;
        System.arraycopy(hash, 0, chap, 1, 16);
        attr(attrs, 3, chap); // CHAP-Password
        attr(attrs, 60, challenge); // CHAP-Challenge
        attr(attrs, 4, InetAddress.getByName(gateway).getAddress()); // NAS-IP-Address
        attr(attrs, 32, serverName.getBytes(StandardCharsets.US_ASCII)); // NAS-Identifier
        attr(attrs, 30, serverName.getBytes(StandardCharsets.US_ASCII)); // Called-Station-Id: hotspot server
        attr(attrs, 31, mac.getBytes(StandardCharsets.US_ASCII)); // Calling-Station-Id
        attr(attrs, 8, InetAddress.getByName(ip).getAddress()); // Framed-IP-Address
        attr(attrs, 6, new byte[] {0, 0, 0, 1}); // Service-Type = Login-User
        attr(attrs, 61, new byte[] {0, 0, 0, 19}); // NAS-Port-Type = Wireless-802.11
        byte[] p = packet(1, id, auth, attrs.toByteArray());
        Mac hmac = Mac.getInstance("HmacMD5");
        hmac.init(new SecretKeySpec(secret, "HmacMD5"));
        System.arraycopy(hmac.doFinal(p), 0, p, 22, 16);
        long sentAt = System.nanoTime();
        udp.send(new DatagramPacket(p, p.length, radiusHost, radiusPort));
        radiusSent.increment();
        byte[] buf = new byte[4096];
        try {
            while (true) {
                var r = new DatagramPacket(buf, buf.length);
                udp.receive(r);
                radiusAnswered.increment(); // late answers to earlier requests count too: they were answered
                if ((buf[1] & 0xff) != id) {
                    continue; // a late answer to an earlier request
                }
                int n = radiusLatencies.getAndIncrement();
                if (n < radiusLatency.length) {
                    radiusLatency[n] = System.nanoTime() - sentAt;
                }
                if ((buf[0] & 0xff) == 2) {
                    return true;
                }
                fail("radius-code-" + (buf[0] & 0xff));
                return false;
            }
        } catch (SocketTimeoutException e) {
            fail("radius-timeout");
            return false;
        }
    }

    /** MikroTik's escaping of chap-id and chap-challenge: every byte as backslash and three octal digits. */
    static String octal(byte[] b) {
        var s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("\\%03o", x & 0xff));
        }
        return s.toString();
    }

    static Map<String, String> hidden(String html) {
        var out = new LinkedHashMap<String, String>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            out.put(m.group(1), unescape(m.group(2)));
        }
        return out;
    }

    static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
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

    /** A minimal HTTP/1.1 keep-alive connection from a chosen loopback source address (Content-Length bodies). */
    static final class RawHttp implements AutoCloseable {
        private final Socket socket;
        private final String host;
        private final InputStream in;
        private final OutputStream out;

        RawHttp(String source) throws Exception {
            var target = URI.create(portal);
            host = target.getHost() + ":" + target.getPort();
            var plain = new Socket();
            plain.bind(new InetSocketAddress(source, 0));
            plain.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5000);
            plain.setSoTimeout(10_000);
            plain.setTcpNoDelay(true);
            if (target.getScheme().equals("https")) {
                // TLS over the bound socket, trusting javax.net.ssl.trustStore, checking the name like a browser
                var tls = (javax.net.ssl.SSLSocket) ((javax.net.ssl.SSLSocketFactory) javax.net.ssl.SSLSocketFactory
                        .getDefault()).createSocket(plain, target.getHost(), target.getPort(), true);
                var params = tls.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(params);
                tls.startHandshake();
                socket = tls;
            } else {
                socket = plain;
            }
            in = new java.io.BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        String[] exchange(String head, byte[] body) throws Exception {
            var req = new StringBuilder(head).append("Host: ").append(host).append("\r\n");
            if (body != null) {
                req.append("Content-Length: ").append(body.length).append("\r\n");
            }
            out.write(req.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String status = line();
            int length = -1;
            String h;
            while (!(h = line()).isEmpty()) {
                int colon = h.indexOf(':');
                if (colon > 0 && h.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
                    length = Integer.parseInt(h.substring(colon + 1).trim());
                }
            }
            if (length < 0) {
                throw new IllegalStateException("no Content-Length");
            }
            return new String[] {status.split(" ")[1], new String(in.readNBytes(length), StandardCharsets.UTF_8)};
        }

        private String line() throws Exception {
            var b = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IllegalStateException("connection closed");
                }
                if (c != '\r') {
                    b.write(c);
                }
            }
            return b.toString(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws Exception {
            socket.close();
        }
    }
}
