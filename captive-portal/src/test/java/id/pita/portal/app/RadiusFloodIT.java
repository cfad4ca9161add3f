package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.engine.radius.server.GatewayRateLimit;
import id.pita.portal.citizen.opennds.Poll;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 17, faults: one registered gateway floods Pita with valid-looking requests. Real Pita on loopback with its
 * DEFAULT per-gateway limit ({@link GatewayRateLimit.Limits#DEFAULT}, 100/s, burst 100); the flooder is the
 * CoovaChilli hotspot gateway in a child JVM of its own ({@link RadiusFlooder}, niced: a real flooder is a router on
 * another machine) sending signed Access- and Accounting-Requests at 50 times that rate; the office and MikroTik
 * gateways send one Accounting-Request every 50 ms each and wait for the answer, first without the flood (their
 * usual latency), then during it. Asserted: the others' p99 during the flood within {@link #BOUND_FACTOR} times their
 * p99 without it plus {@link #BOUND_SLACK_MS} ms, none of their requests unanswered; the flooder gets at most its
 * burst plus its rate answered, the rest counted in {@code pita_radius_limited_total{gateway}}; one WARN line when it
 * goes over and one INFO line when it is back under, for it alone; no ERROR line.
 */
class RadiusFloodIT {
    static final GatewayRateLimit.Limits LIMITS = GatewayRateLimit.Limits.DEFAULT;
    static final int FLOOD_PER_SECOND = 50 * LIMITS.perSecond();
    static final int FLOOD_SECONDS = 6;
    static final long QUIET_MS = 5_000;
    static final String FLOODER = TestPita.CHILLI_GW;
    static final List<String> OTHERS = List.of(TestPita.OFFICE_GW, TestPita.MIKROTIK_GW);
    /**
     * The bound on the others' p99 during the flood: 3x their unflooded p99 plus 50 ms. The flooder's admitted share
     * is real work on the same two cores (and the flood's datagrams are read and dropped on them); on the shared VM
     * the machine was 54-98 % busy before the flood started. Without the limit, or with a burst of 600, the p99 went
     * to 270 ms and more (report 2026-12-01T1545Z-radius-flood.md).
     */
    static final double BOUND_FACTOR = 3;
    static final double BOUND_SLACK_MS = 50;

    @TempDir
    Path dir;
    TestPita t;
    Process flooder;
    final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
    final AppenderBase<ILoggingEvent> watch = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent e) {
            events.add(e);
        }
    };

    @BeforeEach
    void start() throws Exception {
        watch.start();
        root().addAppender(watch);
        // -Dpita.flood.radius="gatewayRate: 0" runs the same flood without the limit (the report's "before").
        t = new TestPita(dir, Clock.fixed(TestPita.TUESDAY_10_WITA, ZoneOffset.UTC), "", null,
                System.getProperty("pita.flood.radius", ""));
    }

    @AfterEach
    void stop() throws Exception {
        if (flooder != null) {
            flooder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        root().detachAppender(watch);
        if (t != null) {
            t.close();
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Test
    void theOthersAreAnsweredAsUsualWhileTheFlooderIsHeldToItsShare() throws Exception {
        var acct = t.pita.accountingAddress();
        measure(acct, 2_000, "warm");
        var cpu0 = Cpu.now();
        var quiet = measure(acct, QUIET_MS, "quiet");
        var cpu1 = Cpu.now();
        String load0 = Files.readString(Path.of("/proc/loadavg")).trim();

        var gw = t.gateway(FLOODER);
        flooder = new ProcessBuilder("nice", "-n", "10", Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                RadiusFlooder.class.getName(), TestPita.LOOPBACK.get(FLOODER), gw.secret(), "127.0.0.1",
                String.valueOf(t.pita.authAddress().getPort()), String.valueOf(acct.getPort()),
                String.valueOf(FLOOD_PER_SECOND), String.valueOf(FLOOD_SECONDS))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var out = new BufferedReader(new InputStreamReader(flooder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("FLOODING");
        long floodStart = System.nanoTime();
        var cpu2 = Cpu.now();
        var during = measure(acct, FLOOD_SECONDS * 1_000L, "flood");
        var cpu3 = Cpu.now();
        String done = out.readLine();
        assertThat(flooder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        double floodSeconds = (System.nanoTime() - floodStart) / 1e9;
        assertThat(done).startsWith("DONE ");
        long sent = Long.parseLong(done.replaceAll(".*sent=(\\d+).*", "$1"));
        long answered = Long.parseLong(done.replaceAll(".*answered=(\\d+).*", "$1"));
        long flooderCpuMs = Long.parseLong(done.replaceAll(".*cpuMs=(\\d+).*", "$1"));
        // The episode ends a second after the last excess datagram: the limiter's timer logs it.
        if (!System.getProperty("pita.flood.radius", "").contains("gatewayRate: 0")) {
            Poll.until("the flooder back under its rate", Duration.ofSeconds(10), this::limiterLines,
                    l -> l.stream().anyMatch(s -> s.contains("back under")));
        }
        var after = measure(acct, 1_000, "after");
        String load1 = Files.readString(Path.of("/proc/loadavg")).trim();

        var metrics = new StringBuilder();
        t.pita.metrics().writePrometheus(metrics);
        long limited = SocketFuzz.sum(metrics.toString(), "pita_radius_limited_total", "gateway=\"" + FLOODER + "\"");
        long othersLimited = OTHERS.stream().mapToLong(id -> SocketFuzz.sum(metrics.toString(),
                "pita_radius_limited_total", "gateway=\"" + id + "\"")).sum();
        long kernel = SocketFuzz.sum(metrics.toString(), "pita_radius_socket_dropped", "");
        var lines = limiterLines();
        var errors = events.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
        double bound = BOUND_FACTOR * quiet.p99Ms() + BOUND_SLACK_MS;
        var summary = String.format("radius {" + System.getProperty("pita.flood.radius", "") + "}: others without the flood: p50 %.2f ms p99 %.2f ms (%d answered, %d lost); during "
                        + "it: p50 %.2f ms p99 %.2f ms max %.2f ms (%d answered, %d lost; bound %.2f ms); after: p99 "
                        + "%.2f ms; flooder sent %d in %.1f s (%.0f/s), %d answered, %d counted as limited; kernel "
                        + "drops %d; limiter lines %s; loadavg before the flood %s, after %s; CPU without the flood: this "
                + "JVM (Pita and the others) %s; during it: this JVM %s, the flooder %d ms; the others' slowest "
                + "during it (ms after the flood's start: ms) %s", quiet.p50Ms(),
                quiet.p99Ms(), quiet.count(), quiet.lost(), during.p50Ms(), during.p99Ms(), during.maxMs(),
                during.count(), during.lost(), bound, after.p99Ms(), sent, floodSeconds, sent / floodSeconds,
                answered, limited, kernel, lines, load0, load1, cpu0.until(cpu1), cpu2.until(cpu3), flooderCpuMs,
                during.slowest(5, floodStart));
        System.out.println("RadiusFloodIT: " + summary);
        var file = Path.of("target", "radius-flood.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "RadiusFloodIT at " + Instant.now() + "\n" + summary + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);

        assertThat(sent).as("the flood is far beyond the share").isGreaterThan(10L * LIMITS.perSecond() * FLOOD_SECONDS);
        assertThat(quiet.lost() + during.lost() + after.lost()).as("the other gateways' requests left unanswered")
                .isZero();
        assertThat(during.p99Ms()).as(summary).isLessThanOrEqualTo(bound);
        assertThat(answered).as("flooder answers: at most its burst plus its rate").isLessThanOrEqualTo(
                LIMITS.burst() + (long) Math.ceil(LIMITS.perSecond() * (floodSeconds + 1)));
        assertThat(limited).as("the excess is counted for the flooder").isGreaterThan(sent / 2)
                .isLessThanOrEqualTo(sent);
        assertThat(othersLimited).as("the others are never limited").isZero();
        assertThat(lines).as("one line when over, one when back under, for the flooder alone").hasSize(2);
        assertThat(lines.get(0)).contains(FLOODER, "over its RADIUS rate");
        assertThat(lines.get(1)).contains(FLOODER, "back under its RADIUS rate");
        assertThat(errors).as("ERROR lines").isEmpty();
    }

    private List<String> limiterLines() {
        return events.stream().filter(e -> e.getLoggerName().equals(GatewayRateLimit.class.getName()))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Each answer's latency and when its request was sent ({@link System#nanoTime()}). */
    record Latencies(long[] nanos, long[] sentAt, int lost) {
        String slowest(int n, long since) {
            var order = java.util.stream.IntStream.range(0, nanos.length).boxed()
                    .sorted((a, b) -> Long.compare(nanos[b], nanos[a])).limit(n).toList();
            return order.stream().map(i -> String.format("%d: %.1f", (sentAt[i] - since) / 1_000_000,
                    nanos[i] / 1e6)).toList().toString();
        }

        int count() {
            return nanos.length;
        }

        double p50Ms() {
            return percentile(0.50);
        }

        double p99Ms() {
            return percentile(0.99);
        }

        double maxMs() {
            return percentile(1);
        }

        private double percentile(double q) {
            var sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0
                    : sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1))] / 1e6;
        }
    }

    /** Each of the others sends one Accounting-Request every 50 ms and waits for its answer (up to 2 s). */
    private Latencies measure(InetSocketAddress acct, long ms, String tag) throws Exception {
        var lost = new AtomicInteger();
        var all = Collections.synchronizedList(new ArrayList<long[]>());
        var failures = new CopyOnWriteArrayList<Exception>();
        var threads = new ArrayList<Thread>();
        for (var id : OTHERS) {
            var gw = t.gateway(id);
            var thread = new Thread(() -> {
                try (var socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(
                        TestPita.LOOPBACK.get(id)), 0))) {
                    socket.setSoTimeout(2_000);
                    var key = gw.secret().getBytes(StandardCharsets.UTF_8);
                    long end = System.nanoTime() + ms * 1_000_000;
                    var buffer = new byte[4096];
                    for (int i = 0; System.nanoTime() < end; i++) {
                        long next = System.nanoTime() + 50_000_000;
                        var request = accounting(key, tag + "-" + id, i == 0 ? 1 : 3, i, i & 0xff);
                        var bytes = request.encode();
                        long t0 = System.nanoTime();
                        socket.send(new DatagramPacket(bytes, bytes.length, acct));
                        try {
                            var in = new DatagramPacket(buffer, buffer.length);
                            do {
                                socket.receive(in);
                            } while ((buffer[1] & 0xff) != request.identifier());
                            all.add(new long[] {System.nanoTime() - t0, t0});
                        } catch (SocketTimeoutException e) {
                            lost.incrementAndGet();
                        }
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            }, "others-" + id);
            threads.add(thread);
            thread.start();
        }
        for (var thread : threads) {
            thread.join(ms + 30_000);
        }
        assertThat(failures).isEmpty();
        return new Latencies(all.stream().mapToLong(a -> a[0]).toArray(), all.stream().mapToLong(a -> a[1]).toArray(),
                lost.get());
    }

    /** CPU time of this JVM and of the whole machine (Linux /proc/stat), to say who used the two cores. */
    record Cpu(long wallNanos, long jvmNanos, long machineBusyTicks, long machineTicks) {
        static Cpu now() throws Exception {
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            var f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new Cpu(System.nanoTime(), os.getProcessCpuTime(), total - idle, total);
        }

        String until(Cpu later) {
            double wall = (later.wallNanos - wallNanos) / 1e9;
            return String.format("%.0f ms in %.1f s (%.0f%% of one core), machine %.0f%% busy",
                    (later.jvmNanos - jvmNanos) / 1e6, wall, (later.jvmNanos - jvmNanos) / 1e7 / wall,
                    100.0 * (later.machineBusyTicks - machineBusyTicks) / Math.max(1, later.machineTicks - machineTicks));
        }
    }

    private static RadiusPacket accounting(byte[] key, String session, int status, int seconds, int id) {
        return Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCOUNTING_REQUEST, id, List.of(
                RadiusAttribute.ofInt(40, status), RadiusAttribute.ofString(44, session),
                RadiusAttribute.ofInt(46, seconds), RadiusAttribute.ofString(AttributeType.USER_NAME, "warga"))), key);
    }
}
