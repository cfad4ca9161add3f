package id.pita.portal.app;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The soak (issue 17): the real {@code pita.jar} in a process of its own on loopback, for a bounded time, under
 * <ul>
 *   <li>live sessions over simulated MikroTik gateways (each its own loopback address 127.0.1.N with a CoA port
 *   that acknowledges every CoA and Disconnect): one Accounting Start per session, ramped over the first 20 s, then
 *   an Interim-Update per session every interim interval of the district; each record retransmitted every 2 s
 *   until answered (lost after {@value #MAX_TRIES} tries, 30 s), as a router does;</li>
 *   <li>complete citizen log-ins at a steady rate by {@code scripts/bench/LoginLoad.java} (splash, accept form,
 *   CHAP Access-Request from the hotspot's address; every log-in from its own loopback address);</li>
 *   <li>the socket fuzz ({@link SocketFuzz}) at both RADIUS ports.</li>
 * </ul>
 * Every minute: RSS, the live heap after a full GC ({@code jcmd GC.class_histogram}), CoA requests received
 * and Pita's {@code pita_control_pushes_total}. Afterwards: accounting latency, every acknowledged record counted in
 * the SQLite file, Pita's RADIUS counters against what was sent and answered, ERROR lines and stack traces in
 * Pita's log, GC pauses from {@code -Xlog:gc}. Used by {@code SoakIT} (1 minute, lower rates) and
 * {@code scripts/soak}.
 */
final class Soak {
    static final String SECRET = "soak-secret-0123";
    static final String OFFICE_PASSWORD = "soak-office-1234";
    static final String LOGIN_GATEWAY = "127.0.0.2";
    static final String LOGIN_SERVER = "gw-soak-login";
    static final String FUZZ_GATEWAY = "127.0.0.3";
    static final Duration RAMP = Duration.ofSeconds(20);
    /** A record unanswered after this many tries, 2 s apart (30 s), counts as lost. */
    static final int MAX_TRIES = 15;
    /** The longest the gateways wait after the stop for answers to what they have in flight (over 30 s). */
    static final Duration DRAIN = Duration.ofSeconds(40);
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");
    private static final Pattern GC_PAUSE = Pattern.compile("Pause ([A-Za-z ()0-9.]+?) \\d+M->\\d+M\\(\\d+M\\) ([0-9.]+)ms");

    /**
     * @param interim        the district's Acct-Interim-Interval (60 s at least)
     * @param loginRate      complete log-ins per second asked of LoginLoad (0: none)
     * @param fuzzDatagrams  datagrams the fuzz sends over the run (0: none)
     */
    record Options(Duration duration, int gateways, int sessionsPerGateway, Duration interim, int loginRate,
                   int loginConcurrency, long fuzzDatagrams, Path dir, Path jar, Path loginLoad, String heap) {
        int sessions() {
            return gateways * sessionsPerGateway;
        }
    }

    /** One minute's sample. */
    record Minute(int minute, long rssKb, long heapAfterGcKb, long coaRequests, long pushes, long acctAcked) {
    }

    record Result(Options options, List<Minute> minutes, long acctSent, long acctAnswered, long acctAcked,
                  long acctLost, long acctLeftInFlight, long acctStored, long acctAckedNotStored, double acctP50Ms, double acctP99Ms, String loginLine,
                  SocketFuzz.Outcome fuzz, long radiusIn, long radiusOut, long radiusDropped, String dropsByReason,
                  long kernelDrops, List<String> logErrors, int gcPauses, double gcPauseMaxMs, double gcPauseP99Ms,
                  double gcPauseTotalMs, int fullGcs, long coaTotal, Duration realTime) {
        /** A key of LoginLoad's result line, or "". */
        String login(String key) {
            var m = Pattern.compile("(?:^| )" + key + "=(\\S+)").matcher(loginLine);
            return m.find() ? m.group(1) : "";
        }

        long loginRadiusSent() {
            return loginLine.isEmpty() ? 0 : Long.parseLong(login("radius_sent"));
        }

        long loginRadiusAnswered() {
            return loginLine.isEmpty() ? 0 : Long.parseLong(login("radius_answered"));
        }

        long sentToRadius() {
            return acctSent + loginRadiusSent() + (fuzz == null ? 0 : fuzz.totalSent());
        }

        long answersReceived() {
            return acctAnswered + loginRadiusAnswered() + (fuzz == null ? 0 : fuzz.totalAnswered());
        }
    }

    private Soak() {
    }

    static Result run(Options o) throws Exception {
        long realStart = System.nanoTime();
        Files.createDirectories(o.dir());
        int coaPort = freeUdpPortOnAll(o.gateways());
        int auth = freeUdpPort();
        int acct = freeUdpPort();
        int web = freeTcpPort();
        int admin = freeTcpPort();
        Files.writeString(o.dir().resolve("district.yaml"), district(o, coaPort));
        var config = o.dir().resolve("pita.yaml");
        Files.writeString(config, """
                dataFile: %s
                district: {file: %s}
                # 1,000 log-ins/s and the fuzz each come through one gateway: no per-gateway RADIUS limit
                radius: {bindAddress: 127.0.0.1, authPort: %d, accountingPort: %d, gatewayRate: 0}
                web:
                  host: 127.0.0.1
                  port: %d
                  publicUrl: http://127.0.0.1:%d/
                  admin: {host: 127.0.0.1, port: %d}
                  gatewayBurst: 1000000
                  gatewayRefill: 1ms
                """.formatted(o.dir().resolve("pita.db"), o.dir().resolve("district.yaml"), auth, acct, web, web,
                admin));
        var log = o.dir().resolve("pita.log");
        var gcLog = o.dir().resolve("gc.log");
        var command = new ArrayList<>(List.of("java", "-Xmx" + o.heap(), "-XX:+UseG1GC", "-Xlog:gc:file=" + gcLog));
        var jfr = System.getProperty("pita.soak.jfr", "");
        if (!jfr.isBlank()) {
            // A profile of the whole run (scripts/bench/jfr-top summarises it); written when Pita stops.
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + jfr);
        }
        command.addAll(List.of("-jar", o.jar().toString(), "serve", "--config", config.toString()));
        var child = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Process login = null;
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var metricsUri = URI.create("http://127.0.0.1:" + admin + "/metrics");
        try {
            awaitUp(child, http, URI.create("http://127.0.0.1:" + admin + "/health"), log);
            String before = get(http, metricsUri);
            var authAddress = new InetSocketAddress("127.0.0.1", auth);
            var acctAddress = new InetSocketAddress("127.0.0.1", acct);
            var fuzz = new SocketFuzz(authAddress, acctAddress,
                    new SocketFuzz.Gateway(FUZZ_GATEWAY, SECRET, "kantor-soak", OFFICE_PASSWORD), 20_261_201L);
            long kernelBefore = SocketFuzz.sum(before, "pita_radius_socket_dropped", "");
            var stop = new AtomicBoolean();
            var gateways = new Gateways(o, acctAddress, coaPort);
            var driver = new Thread(() -> gateways.drive(stop), "soak-gateways");
            driver.setDaemon(true);
            driver.start();
            if (o.loginRate() > 0) {
                long total = o.loginRate() * o.duration().toSeconds();
                login = new ProcessBuilder("java", "-Xmx256m", o.loginLoad().toString(),
                        "http://127.0.0.1:" + web + "/", LOGIN_GATEWAY, LOGIN_SERVER, "127.0.0.1",
                        String.valueOf(auth), SECRET, String.valueOf(total), String.valueOf(o.loginConcurrency()),
                        "spread", String.valueOf(o.loginRate()), String.valueOf(o.duration().toSeconds()))
                        .redirectErrorStream(true).redirectOutput(o.dir().resolve("login.log").toFile()).start();
            }
            var fuzzResult = new SocketFuzz.Outcome[1];
            var fuzzFailure = new Exception[1];
            Thread fuzzer = null;
            if (o.fuzzDatagrams() > 0) {
                int perSecond = (int) Math.max(1, o.fuzzDatagrams() / Math.max(1, o.duration().toSeconds() - 5));
                fuzzer = new Thread(() -> {
                    try {
                        fuzzResult[0] = fuzz.run(o.fuzzDatagrams(), perSecond);
                    } catch (Exception e) {
                        fuzzFailure[0] = e;
                    }
                }, "soak-fuzz");
                fuzzer.start();
            }
            var minutes = new ArrayList<Minute>();
            long end = System.nanoTime() + o.duration().toNanos();
            long nextMinute = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            long coaSeen = 0;
            while (System.nanoTime() < end) {
                Thread.sleep(Math.max(1, Math.min(1_000, (Math.min(end, nextMinute) - System.nanoTime()) / 1_000_000)));
                if (!child.isAlive()) {
                    throw new IllegalStateException("Pita exited with " + child.exitValue() + "; see " + log);
                }
                if (System.nanoTime() >= nextMinute || System.nanoTime() >= end) {
                    long coa = gateways.coaRequests.get();
                    var text = get(http, metricsUri);
                    keep("metrics-minute-" + (minutes.size() + 1) + ".txt", text);
                    minutes.add(new Minute(minutes.size() + 1, rssKb(child.pid()), heapAfterGcKb(child.pid(), minutes.size() + 1),
                            coa - coaSeen, SocketFuzz.sum(text, "pita_control_pushes_total", ""),
                            gateways.acked.get()));
                    coaSeen = coa;
                    nextMinute += TimeUnit.MINUTES.toNanos(1);
                }
            }
            if (fuzzer != null) {
                fuzzer.join(TimeUnit.MINUTES.toMillis(5));
            }
            String loginLine = "";
            if (login != null) {
                if (!login.waitFor(5, TimeUnit.MINUTES)) {
                    login.destroyForcibly();
                }
                loginLine = Files.readAllLines(o.dir().resolve("login.log")).stream()
                        .filter(l -> l.startsWith("mode=login")).findFirst().orElse("");
            }
            stop.set(true);
            driver.join(DRAIN.plusSeconds(30).toMillis());
            Thread.sleep(2_000); // the last answers and drops are counted
            String after = get(http, metricsUri);
            long kernelDrops = SocketFuzz.sum(after, "pita_radius_socket_dropped", "") - kernelBefore;
            keep("metrics-end.txt", after);
            stopChild(child);
            for (var name : List.of("pita.log", "gc.log", "login.log")) {
                var f = o.dir().resolve(name);
                if (Files.exists(f)) {
                    keep(name, Files.readString(f));
                }
            }
            var stored = storedSoakRecords(o.dir().resolve("pita.db"), o.interim());
            var ackedNotStored = new java.util.HashSet<>(gateways.ackedKeys);
            ackedNotStored.removeAll(stored);
            if (fuzzFailure[0] != null) {
                throw fuzzFailure[0];
            }
            var gc = gcPauses(gcLog);
            return new Result(o, minutes, gateways.sent.get(), gateways.answered.get(), gateways.acked.get(),
                    gateways.lost.get(), gateways.leftInFlight.get(), stored.size(), ackedNotStored.size(), gateways.percentileMs(50), gateways.percentileMs(99), loginLine,
                    fuzzResult[0], radius(after, "in") - radius(before, "in"),
                    radius(after, "out") - radius(before, "out"),
                    SocketFuzz.sum(after, "pita_radius_dropped_total", "")
                            - SocketFuzz.sum(before, "pita_radius_dropped_total", ""),
                    dropsByReason(before, after), kernelDrops, logErrors(log), (int) gc[0], gc[1], gc[2], gc[3],
                    (int) gc[4], gateways.coaRequests.get(), Duration.ofNanos(System.nanoTime() - realStart));
        } finally {
            if (login != null && login.isAlive()) {
                login.destroyForcibly();
            }
            if (child.isAlive()) {
                stopChild(child);
            }
            if (Files.exists(log)) {
                keep("pita.log", Files.readString(log));
            }
        }
    }

    /** With {@code -Dpita.soak.artifacts=DIR}: keeps a copy of a log or metrics text there, for looking into a run. */
    private static void keep(String name, String text) throws IOException {
        var dir = System.getProperty("pita.soak.artifacts");
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir).resolve(name), text);
        }
    }

    private static long radius(String metrics, String direction) {
        return SocketFuzz.sum(metrics, "pita_radius_packets_total", "direction=\"" + direction + "\"");
    }

    private static String dropsByReason(String before, String after) {
        var out = new StringBuilder();
        for (var line : after.split("\n")) {
            if (line.startsWith("pita_radius_dropped_total{")) {
                var labels = line.substring(line.indexOf('{'), line.indexOf('}') + 1);
                long delta = SocketFuzz.sum(after, "pita_radius_dropped_total", labels)
                        - SocketFuzz.sum(before, "pita_radius_dropped_total", labels);
                if (delta > 0) {
                    out.append(out.length() == 0 ? "" : ", ").append(labels.replaceAll(".*reason=\"([^\"]+)\".*", "$1"))
                            .append(' ').append(delta);
                }
            }
        }
        return out.toString();
    }

    /** The district: one hotspot per simulated gateway, the log-in hotspot and the fuzz's office link. */
    static String district(Options o, int coaPort) {
        var sb = new StringBuilder("""
                # Written by the soak (Soak.java): NOT a real place. Loopback gateways only.
                code: soak
                name: "Kabupaten Soak (loopback)"
                zone: Asia/Makassar
                pool:
                  capacity: {down: 10G, up: 5G}
                  monthlyCostIdr: 1000000
                calendar:
                  week: perpres-21-2023
                policies:
                  officeHours:
                    office:  {guaranteed: 0.5, ceiling: 1.0, weight: 3}
                    hotspot: {guaranteed: 0.3, ceiling: 1.0, weight: 1}
                    hotspotsOpen: true
                  afterHours:
                    office:  {guaranteed: 0.1, ceiling: 1.0, weight: 1}
                    hotspot: {guaranteed: 0.6, ceiling: 1.0, weight: 3}
                    hotspotsOpen: true
                citizenPlan:
                  deviceCap: {down: 5M, up: 1M}
                  dailyData: 1GB
                  dailyTime: 4h
                  sessionTimeout: 2h
                  idleTimeout: 10m
                  interimInterval: %ds
                  devicesPerPerson: 1
                sites:
                  - {code: kantor-soak, name: "Kantor Soak", kind: OFFICE, area: "Loopback", guarantee: {down: 20M, up: 10M}, ceiling: {down: 200M, up: 100M}, weight: 20, password: "%s"}
                  - {code: hs-login, name: "Taman Log-in", kind: HOTSPOT, area: "Loopback", guarantee: {down: 5M, up: 1M}, ceiling: {down: 100M, up: 20M}, weight: 10}
                """.formatted(o.interim().toSeconds(), OFFICE_PASSWORD));
        for (int g = 1; g <= o.gateways(); g++) {
            sb.append(String.format(Locale.ROOT, "  - {code: hs-%03d, name: \"Taman %03d\", kind: HOTSPOT, area: \"Loopback\", "
                    + "guarantee: {down: 5M, up: 1M}, ceiling: {down: 100M, up: 20M}, weight: 10}%n", g, g));
        }
        sb.append("gateways:\n");
        sb.append("  - {id: gw-soak-office, site: kantor-soak, address: " + FUZZ_GATEWAY
                + ", vendor: MIKROTIK, secret: \"" + SECRET + "\", coaPort: 0}\n");
        sb.append("  - {id: " + LOGIN_SERVER + ", site: hs-login, address: " + LOGIN_GATEWAY
                + ", vendor: MIKROTIK, secret: \"" + SECRET + "\", coaPort: 0}\n");
        for (int g = 1; g <= o.gateways(); g++) {
            sb.append(String.format(Locale.ROOT, "  - {id: gw-%03d, site: hs-%03d, address: %s, vendor: MIKROTIK, "
                    + "secret: \"%s\", coaPort: %d}%n", g, g, gatewayAddress(g), SECRET, coaPort));
        }
        return sb.toString();
    }

    static String gatewayAddress(int g) {
        return "127.0.1." + g;
    }

    /**
     * The simulated gateways: one selector thread for every gateway's accounting socket and CoA socket. Records are
     * scheduled per session (Start during the ramp, then an Interim-Update each interim interval), sent with an
     * identifier free on that gateway, retransmitted every 2 s, given up after {@link #MAX_TRIES} tries.
     */
    static final class Gateways {
        private record Pending(int session, int step, byte[] bytes, long firstSent, long lastSent, int tries) {
        }

        final AtomicLong sent = new AtomicLong();
        final AtomicLong answered = new AtomicLong();
        final AtomicLong acked = new AtomicLong();
        final AtomicLong lost = new AtomicLong();
        final AtomicLong coaRequests = new AtomicLong();
        /** Records still unanswered when the drain after the stop ended (0 unless Pita stopped answering). */
        final AtomicLong leftInFlight = new AtomicLong();
        /** The records acknowledged, as {@link #recordKey}; read after {@link #drive} returned. */
        final java.util.Set<Long> ackedKeys = new java.util.HashSet<>();
        private final Options o;
        private final InetSocketAddress accounting;
        private final int coaPort;
        private final byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
        private long[] latencies = new long[1 << 16];
        private int latencyCount;

        Gateways(Options o, InetSocketAddress accounting, int coaPort) {
            this.o = o;
            this.accounting = accounting;
            this.coaPort = coaPort;
        }

        void drive(AtomicBoolean stop) {
            int n = o.gateways();
            var acct = new DatagramChannel[n];
            var coa = new DatagramChannel[n];
            @SuppressWarnings("unchecked")
            Map<Integer, Pending>[] pending = new Map[n];
            var freeIds = new ArrayDeque<?>[n];
            var steps = new int[o.sessions()];
            try (var selector = Selector.open()) {
                for (int g = 0; g < n; g++) {
                    var address = InetAddress.getByName(gatewayAddress(g + 1));
                    acct[g] = DatagramChannel.open();
                    acct[g].bind(new InetSocketAddress(address, 0)).configureBlocking(false);
                    acct[g].setOption(java.net.StandardSocketOptions.SO_RCVBUF, 1 << 20);
                    acct[g].register(selector, SelectionKey.OP_READ, new int[] {g, 0});
                    coa[g] = DatagramChannel.open();
                    coa[g].bind(new InetSocketAddress(address, coaPort)).configureBlocking(false);
                    coa[g].register(selector, SelectionKey.OP_READ, new int[] {g, 1});
                    pending[g] = new HashMap<>();
                    var ids = new ArrayDeque<Integer>();
                    for (int id = 0; id < 256; id++) {
                        ids.add(id);
                    }
                    freeIds[g] = ids;
                }
                long t0 = System.nanoTime();
                long interim = o.interim().toNanos();
                // Due times: [due, session]. Session s starts during the ramp, then every interim.
                var due = new PriorityQueue<long[]>((a, b) -> Long.compare(a[0], b[0]));
                for (int s = 0; s < o.sessions(); s++) {
                    due.add(new long[] {t0 + RAMP.toNanos() * s / o.sessions(), s});
                }
                var buffer = ByteBuffer.allocate(4096);
                var waiting = new ArrayDeque<long[]>();
                // After the stop no new record is sent, but those in flight are still answered, retransmitted or
                // given up (at most MAX_TRIES * 2 s): a record the soak sent and Pita stored is then either
                // acknowledged or counted lost, never left uncounted (a rehearsal stored 2,232 for 2,231 acknowledged:
                // the one more was in flight when the driver used to stop at once).
                long stoppedAt = 0;
                while (!stop.get() || hasPending(pending) && System.nanoTime() - stoppedAt < DRAIN.toNanos()) {
                    selector.select(2);
                    long now = System.nanoTime();
                    if (stoppedAt == 0 && stop.get()) {
                        stoppedAt = now;
                    }
                    for (var key : selector.selectedKeys()) {
                        var tag = (int[]) key.attachment();
                        var channel = (DatagramChannel) key.channel();
                        while (true) {
                            buffer.clear();
                            var from = channel.receive(buffer);
                            if (from == null) {
                                break;
                            }
                            buffer.flip();
                            var bytes = Arrays.copyOf(buffer.array(), buffer.limit());
                            if (tag[1] == 1) {
                                coaRequests.incrementAndGet();
                                var answer = coaAnswer(bytes);
                                if (answer != null) {
                                    channel.send(ByteBuffer.wrap(answer), from);
                                }
                                continue;
                            }
                            answered.incrementAndGet();
                            int g = tag[0];
                            var p = pending[g].remove(bytes[1] & 0xff);
                            if (p != null) {
                                acked.incrementAndGet();
                                ackedKeys.add(recordKey(p.session(), p.step()));
                                latency(now - p.firstSent());
                                @SuppressWarnings("unchecked")
                                var ids = (ArrayDeque<Integer>) freeIds[g];
                                ids.add(bytes[1] & 0xff);
                            }
                        }
                    }
                    selector.selectedKeys().clear();
                    // Retransmit what waited 2 s; give up after MAX_TRIES.
                    for (int g = 0; g < n; g++) {
                        var it = pending[g].entrySet().iterator();
                        while (it.hasNext()) {
                            var e = it.next();
                            var p = e.getValue();
                            if (now - p.lastSent() < 2_000_000_000L) {
                                continue;
                            }
                            if (p.tries() >= MAX_TRIES) {
                                lost.incrementAndGet();
                                it.remove();
                                @SuppressWarnings("unchecked")
                                var ids = (ArrayDeque<Integer>) freeIds[g];
                                ids.add(e.getKey());
                                continue;
                            }
                            if (acct[g].send(ByteBuffer.wrap(p.bytes()), accounting) > 0) {
                                sent.incrementAndGet(); // 0: our send buffer was full; tried again in 2 s
                            }
                            e.setValue(new Pending(p.session(), p.step(), p.bytes(), p.firstSent(), now,
                                    p.tries() + 1));
                        }
                    }
                    // New records that are due (those whose gateway had no free identifier wait their turn).
                    while (!stop.get() && !due.isEmpty() && due.peek()[0] <= now) {
                        waiting.add(due.poll());
                    }
                    for (int k = waiting.size(); k > 0; k--) {
                        var item = waiting.poll();
                        int s = (int) item[1];
                        int g = s % n;
                        @SuppressWarnings("unchecked")
                        var ids = (ArrayDeque<Integer>) freeIds[g];
                        if (ids.isEmpty()) {
                            waiting.add(item);
                            continue;
                        }
                        if (stop.get()) {
                            continue; // stopping: not sent
                        }
                        int id = ids.poll();
                        int step = steps[s]++;
                        var bytes = record(s, step, id);
                        if (acct[g].send(ByteBuffer.wrap(bytes), accounting) > 0) {
                            sent.incrementAndGet();
                        }
                        pending[g].put(id, new Pending(s, step, bytes, now, now, 1));
                        due.add(new long[] {item[0] + interim, s});
                    }
                }
                for (var p : pending) {
                    leftInFlight.addAndGet(p.size());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                for (int g = 0; g < n; g++) {
                    closeQuietly(acct[g]);
                    closeQuietly(coa[g]);
                }
            }
        }

        private static boolean hasPending(Map<Integer, Pending>[] pending) {
            for (var p : pending) {
                if (!p.isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        /** Session {@code s}'s record number {@code step} as one number. */
        static long recordKey(long s, long step) {
            return s << 20 | step;
        }

        private static void closeQuietly(DatagramChannel c) {
            if (c != null) {
                try {
                    c.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }

        private synchronized void latency(long nanos) {
            if (latencyCount == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[latencyCount++] = nanos;
        }

        synchronized double percentileMs(int p) {
            if (latencyCount == 0) {
                return Double.NaN;
            }
            var sorted = Arrays.copyOf(latencies, latencyCount);
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
        }

        /** Session {@code s}'s record number {@code step}: a Start, then Interim-Updates with growing counters. */
        private byte[] record(int s, int step, int id) {
            int g = s % o.gateways() + 1;
            var b = new SocketFuzz.Builder(4, id, new byte[16]);
            b.integer(40, step == 0 ? 1 : 3);
            b.string(44, "soak-" + g + "-" + s);
            b.string(1, "warga-" + s);
            b.string(31, String.format(Locale.ROOT, "02:50:%02X:%02X:%02X:%02X", g & 0xff, (s >> 16) & 0xff,
                    (s >> 8) & 0xff, s & 0xff));
            b.bytes(8, new byte[] {10, (byte) g, (byte) (s >> 8), (byte) s});
            b.string(32, String.format(Locale.ROOT, "gw-%03d", g));
            b.integer(42, step * 200_000);
            b.integer(43, step * 1_000_000);
            b.integer(46, (int) (step * o.interim().toSeconds()));
            var p = b.done();
            SocketFuzz.signAccounting(p, secret);
            return p;
        }

        /** A CoA-ACK (for a CoA-Request) or Disconnect-ACK, signed with the response authenticator. */
        private byte[] coaAnswer(byte[] request) {
            if (request.length < 20) {
                return null;
            }
            int code = request[0] & 0xff;
            int answer = code == 43 ? 44 : code == 40 ? 41 : -1;
            if (answer < 0) {
                return null;
            }
            var p = new byte[20];
            p[0] = (byte) answer;
            p[1] = request[1];
            p[3] = 20;
            System.arraycopy(request, 4, p, 4, 16);
            try {
                var md5 = MessageDigest.getInstance("MD5");
                md5.update(p);
                md5.update(secret);
                System.arraycopy(md5.digest(), 0, p, 4, 16);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            return p;
        }
    }

    private static void awaitUp(Process child, HttpClient http, URI health, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new IllegalStateException("Pita exited with " + child.exitValue() + ": "
                        + String.join("\n", tail(log, 30)));
            }
            try {
                if (http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Pita not up within 120 s: " + String.join("\n", tail(log, 30)));
    }

    private static List<String> tail(Path file, int n) throws IOException {
        var lines = Files.readAllLines(file);
        return lines.subList(Math.max(0, lines.size() - n), lines.size());
    }

    /** GET, tried again (up to three times) when a kept-alive connection was closed under it. */
    private static String get(HttpClient http, URI uri) throws Exception {
        HttpResponse<String> r = null;
        for (int attempt = 1; r == null; attempt++) {
            try {
                r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** SIGTERM (Pita stops gracefully, draining accounting), then SIGKILL after 60 s. */
    private static void stopChild(Process child) throws InterruptedException {
        child.destroy();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The soak's records in the file, as {@link Gateways#recordKey} (session from its id, step from its time). */
    private static java.util.Set<Long> storedSoakRecords(Path db, Duration interim) throws Exception {
        var out = new java.util.HashSet<Long>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT acct_session_id, session_seconds FROM accounting "
                     + "WHERE acct_session_id LIKE 'soak-%'")) {
            while (rs.next()) {
                var id = rs.getString(1);
                long session = Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
                if (!out.add(Gateways.recordKey(session, rs.getLong(2) / interim.toSeconds()))) {
                    throw new IllegalStateException("record " + id + " at " + rs.getLong(2) + " s stored twice");
                }
            }
        }
        return out;
    }

    static long rssKb(long pid) {
        try {
            for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /**
     * The live heap in KB: {@code jcmd PID GC.class_histogram} runs a full GC and counts only what survives it (its
     * total), kept as {@code histogram-minute-N.txt} with {@code -Dpita.soak.artifacts}. It used to be {@code GC.run}
     * and then the used heap from a second jcmd ({@code GC.heap_info}): that read the live heap plus whatever Pita
     * allocated while the second jcmd started, about a second at 40-100 MB/s under the soak's load, which is what
     * made "heap after GC" jump between 44 and 182 MB in the 2026-12-01 run (the full GC's own log line showed
     * 51 MB live where heap_info said over 130).
     */
    static long heapAfterGcKb(long pid, int minute) throws Exception {
        var histogram = jcmd(pid, "GC.class_histogram");
        if (!System.getProperty("pita.soak.artifacts", "").isBlank()) {
            keep("histogram-minute-" + minute + ".txt", histogram);
        }
        var m = HISTOGRAM_TOTAL.matcher(histogram);
        return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
    }

    private static String jcmd(long pid, String command) throws Exception {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        var p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        var out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("jcmd " + command + " did not finish");
        }
        return out;
    }

    /** Pauses from {@code -Xlog:gc}: [count, max ms, p99 ms, total ms, full GCs (the per-minute jcmd GC.class_histogram)]. */
    static double[] gcPauses(Path gcLog) throws IOException {
        var pauses = new ArrayList<Double>();
        int full = 0;
        for (var line : Files.readAllLines(gcLog)) {
            var m = GC_PAUSE.matcher(line);
            if (m.find()) {
                if (m.group(1).startsWith("Full")) {
                    full++;
                    continue;
                }
                pauses.add(Double.parseDouble(m.group(2)));
            }
        }
        pauses.sort(Double::compare);
        double total = pauses.stream().mapToDouble(Double::doubleValue).sum();
        double max = pauses.isEmpty() ? 0 : pauses.get(pauses.size() - 1);
        double p99 = pauses.isEmpty() ? 0 : pauses.get(Math.min(pauses.size() - 1,
                (int) Math.ceil(0.99 * pauses.size()) - 1));
        return new double[] {pauses.size(), max, p99, total, full};
    }

    /** ERROR lines and stack-trace lines in Pita's log. */
    static List<String> logErrors(Path log) throws IOException {
        var out = new ArrayList<String>();
        for (var line : Files.readAllLines(log)) {
            if (line.contains(" ERROR ") || line.startsWith("\tat ") || line.contains("Exception in thread")) {
                out.add(line);
            }
        }
        return out;
    }

    private static int freeUdpPort() throws IOException {
        try (var s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return s.getLocalPort();
        }
    }

    private static int freeTcpPort() throws IOException {
        try (var s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A UDP port free on every simulated gateway's address (each gateway's CoA port). */
    private static int freeUdpPortOnAll(int gateways) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freeUdpPort();
            var held = new ArrayList<DatagramSocket>();
            try {
                for (int g = 1; g <= gateways; g++) {
                    held.add(new DatagramSocket(new InetSocketAddress(InetAddress.getByName(gatewayAddress(g)), port)));
                }
                return port;
            } catch (java.net.BindException e) {
                // taken on one of them: another port
            } finally {
                held.forEach(DatagramSocket::close);
            }
        }
        throw new IllegalStateException("no UDP port free on all gateway addresses");
    }

    /** The report, in Markdown. */
    static String report(Result r) {
        var o = r.options();
        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "- run: %d min (%.1f real min with start and stop), %d sessions over %d "
                        + "gateways, interim every %d s, log-ins asked %d/s (%d workers), fuzz %d datagrams; Pita -Xmx%s%n",
                o.duration().toMinutes(), r.realTime().toMillis() / 60_000.0, o.sessions(), o.gateways(),
                o.interim().toSeconds(), o.loginRate(), o.loginConcurrency(), o.fuzzDatagrams(), o.heap()));
        sb.append(String.format(Locale.ROOT, "- accounting: %d records acknowledged, %d lost (unanswered over 30 s), "
                        + "%d still unanswered %d s after the stop, %d sent with retransmissions, %d answers; p50 %.2f "
                        + "ms, p99 %.2f ms; in the SQLite file afterwards: %d soak records, %d of the acknowledged "
                        + "missing%n", r.acctAcked(), r.acctLost(), r.acctLeftInFlight(), DRAIN.toSeconds(),
                r.acctSent(), r.acctAnswered(), r.acctP50Ms(), r.acctP99Ms(), r.acctStored(),
                r.acctAckedNotStored()));
        if (!r.loginLine().isEmpty()) {
            sb.append("- complete log-ins (LoginLoad): ").append(r.login("accepted")).append(" accepted of ")
                    .append(r.login("total")).append(", refused/failed: ").append(r.login("failed")).append(", ")
                    .append(r.login("rate")).append(" reached; complete log-in p50 ").append(r.login("p50_ms"))
                    .append(" ms, p99 ").append(r.login("p99_ms")).append(" ms; its Access-Request p50 ")
                    .append(r.login("radius_p50_ms")).append(" ms, p99 ").append(r.login("radius_p99_ms"))
                    .append(" ms\n");
        }
        if (r.fuzz() != null) {
            var f = r.fuzz();
            sb.append(String.format(Locale.ROOT, "- fuzz: %d datagrams in %.0f s, %d answered; %d valid requests "
                            + "interleaved, %d answered%n", f.sent(), f.took().toMillis() / 1000.0, f.answered(),
                    f.validSent(), f.validAnswered()));
        }
        sb.append(String.format(Locale.ROOT, "- Pita's RADIUS counters over the run: %d received, %d answered, %d "
                        + "dropped (%s), %d dropped by the kernel (pita_radius_socket_dropped); sent to it %d, answers received %d%n",
                r.radiusIn(), r.radiusOut(), r.radiusDropped(), r.dropsByReason(), r.kernelDrops(), r.sentToRadius(),
                r.answersReceived()));
        sb.append("- ERROR lines or stack traces in Pita's log: ").append(r.logErrors().size())
                .append(r.logErrors().isEmpty() ? "" : " " + r.logErrors().subList(0, Math.min(3, r.logErrors().size())))
                .append('\n');
        sb.append(String.format(Locale.ROOT, "- GC: %d pauses (young and mixed), max %.1f ms, p99 %.1f ms, %.0f ms in "
                        + "all; %d full GCs (the per-minute jcmd GC.class_histogram)%n", r.gcPauses(), r.gcPauseMaxMs(),
                r.gcPauseP99Ms(), r.gcPauseTotalMs(), r.fullGcs()));
        sb.append("\n| minute | RSS (MB) | heap after GC (MB) | CoA requests at the gateways | "
                + "pita_control_pushes_total | accounting acknowledged |\n|---|---|---|---|---|---|\n");
        for (var m : r.minutes()) {
            sb.append(String.format(Locale.ROOT, "| %d | %.0f | %.1f | %d | %d | %d |%n", m.minute(), m.rssKb() / 1024.0,
                    m.heapAfterGcKb() / 1024.0, m.coaRequests(), m.pushes(), m.acctAcked()));
        }
        return sb.toString();
    }
}
