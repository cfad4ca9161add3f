package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.calendar.Regime;
import id.pita.core.config.DistrictImporter;
import id.pita.core.store.Store;
import id.pita.engine.control.PlanSnapshot;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system clock steps an hour forward and back (an NTP correction; issue 17, faults). Real Pita on loopback
 * with a 5 s control period, on a clock that runs in real time and can be stepped, with office sessions online.
 * Tuesday 24 November 2026, 15:00 WITA: step +1 h past the 16:00 boundary (after hours within one period), step
 * back to 15:0x (the boundary is not undone), and forward again past 16:00 (not taken twice); no pushes follow
 * either step back (regime pushes counted).
 */
class ClockStepIT {
    /** Tuesday 24 November 2026, 15:00 WITA. */
    static final Instant TUESDAY_15_WITA = Instant.parse("2026-11-24T07:00:00Z");
    static final Duration PERIOD = Duration.ofSeconds(5);

    @TempDir
    Path dir;
    Pita pita;
    /** The office gateway's CoA port: a MikroTik that acknowledges every push (a gateway without CoA gets none). */
    DatagramSocket coaPort;

    @AfterEach
    void stop() throws Exception {
        if (pita != null) {
            pita.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
        }
        if (coaPort != null) {
            coaPort.close();
        }
    }

    @Test
    void anHourForwardAndBackTakesTheBoundaryOnceWithoutAPushStorm() throws Exception {
        var clock = new SteppingClock(TUESDAY_15_WITA);
        coaPort = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        var office = TestPita.loopbackPaser().gateway(TestPita.OFFICE_GW).orElseThrow();
        var district = ControlPushIT.districtWith(ControlPushIT.withCoaPort(TestPita.loopbackPaser(),
                TestPita.OFFICE_GW, coaPort.getLocalPort()));
        var received = java.util.Collections.synchronizedList(new ArrayList<RadiusPacket>());
        var acker = new Thread(() -> ControlPushIT.ackAll(coaPort, office.secret(), received), "coa-ack");
        acker.setDaemon(true);
        acker.start();
        var dataFile = dir.resolve("pita.db");
        try (var store = Store.open(dataFile)) {
            DistrictImporter.importInto(store, district);
        }
        pita = Pita.start(PitaConfig.parse("""
                dataFile: %s
                radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0}
                web: {host: 127.0.0.1, port: 0}
                control: {period: 5s}
                """.formatted(dataFile), "test"), clock).toCompletableFuture().get(60, TimeUnit.SECONDS);
        var setda = district.gateway(TestPita.OFFICE_GW).orElseThrow();
        for (int i = 0; i < 3; i++) {
            accountingStart(setda.secret(), "step-" + i);
        }
        var seen = new ArrayList<PlanSnapshot>();
        awaitPlan(seen, p -> p.regime().regime() == Regime.OFFICE_HOURS && p.onlineBySite().getOrDefault("setda", 0) == 3);
        long pushesBefore = pushes();
        var regimePushes = new ArrayList<Long>(List.of(regimePushes()));

        clock.step(Duration.ofHours(1));
        var switched = awaitPlan(seen, p -> p.regime().regime() == Regime.AFTER_HOURS);
        assertThat(Duration.between(clock.instant(), switched.at()).abs()).isLessThan(PERIOD.multipliedBy(2));
        awaitRounds(seen, 1);
        long afterForward = pushes();
        regimePushes.add(regimePushes());

        clock.step(Duration.ofHours(-1));
        int from = seen.size();
        awaitRounds(seen, 3);
        assertThat(seen.subList(from, seen.size())).as("rounds after the clock stepped back to 15:0x")
                .allSatisfy(p -> assertThat(p.regime().regime()).isEqualTo(Regime.AFTER_HOURS));
        long afterBack = pushes();
        regimePushes.add(regimePushes());

        clock.step(Duration.ofHours(1));
        from = seen.size();
        awaitRounds(seen, 2);
        assertThat(seen.subList(from, seen.size())).allSatisfy(p -> assertThat(p.regime().regime())
                .isEqualTo(Regime.AFTER_HOURS));
        long afterSecondForward = pushes();
        regimePushes.add(regimePushes());
        System.out.printf("pushes: %d at 15:00, %d after +1 h, %d after -1 h, %d after +1 h again%n", pushesBefore,
                afterForward, afterBack, afterSecondForward);
        var text = new StringBuilder();
        pita.metrics().writePrometheus(text);
        text.toString().lines().filter(l -> l.startsWith("pita_control_pushes_total")).forEach(System.out::println);
        var transitions = 0;
        for (int i = 1; i < seen.size(); i++) {
            if (seen.get(i).regime().regime() != seen.get(i - 1).regime().regime()) {
                transitions++;
            }
        }
        assertThat(transitions).as("regime changes over the whole run (16:00 once)").isEqualTo(1);
        // Regime pushes: one per session at the one switch, none when the clock steps back or passes 16:00 again.
        // (Demand pushes are not asserted: they follow the sessions' measured use, not the clock.)
        assertThat(regimePushes.get(0)).isZero();
        assertThat(regimePushes.get(1)).as("regime pushes at 16:00").isEqualTo(3);
        assertThat(regimePushes.get(2)).as("regime pushes after the clock stepped back").isEqualTo(3);
        assertThat(regimePushes.get(3)).as("regime pushes after passing 16:00 again").isEqualTo(3);
        assertThat(afterSecondForward).as("pushes of any reason after the clock stepped back and forward again")
                .isEqualTo(afterForward);
        // Per request, not per datagram: a retransmission of a request whose ACK a loaded machine handled after the
        // CoA timeout is the same datagram (same identifier and authenticator) and not another push.
        assertThat(List.copyOf(received).stream().map(p -> p.identifier() + ":"
                + java.util.HexFormat.of().formatHex(p.authenticator())).distinct().count())
                .as("CoA-Requests at the office gateway").isEqualTo(afterSecondForward);
    }

    private long regimePushes() {
        return pita.metrics().controlPushes().get("regime", TestPita.OFFICE_GW);
    }

    private long pushes() {
        return pita.metrics().controlPushes().total();
    }

    private void accountingStart(String secret, String sessionId) throws Exception {
        var key = secret.getBytes(StandardCharsets.UTF_8);
        var request = Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCOUNTING_REQUEST, sessionId.hashCode()
                & 0xff, List.of(RadiusAttribute.ofInt(40, 1), RadiusAttribute.ofString(44, sessionId),
                        RadiusAttribute.ofString(AttributeType.USER_NAME, "setda"))), key);
        try (var socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))) {
            socket.setSoTimeout(5_000);
            var bytes = request.encode();
            socket.send(new DatagramPacket(bytes, bytes.length, pita.accountingAddress()));
            var answer = new DatagramPacket(new byte[4096], 4096);
            socket.receive(answer);
        }
    }

    /** Collects each new plan until one matches (bounded); returns it. */
    private PlanSnapshot awaitPlan(List<PlanSnapshot> seen, java.util.function.Predicate<PlanSnapshot> match)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            var latest = collect(seen);
            if (latest != null && match.test(latest)) {
                return latest;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no matching plan within 30 s; seen " + seen.stream()
                .map(p -> p.at() + " " + p.regime().regime()).toList());
    }

    private void awaitRounds(List<PlanSnapshot> seen, int n) throws InterruptedException {
        int target = seen.size() + n;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15L * n);
        while (seen.size() < target) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + n + " rounds within " + 15 * n + " s");
            }
            collect(seen);
            Thread.sleep(20);
        }
    }

    private PlanSnapshot collect(List<PlanSnapshot> seen) {
        var latest = pita.livePlan().latest().orElse(null);
        if (latest != null && (seen.isEmpty() || seen.get(seen.size() - 1) != latest)) {
            seen.add(latest);
        }
        return latest;
    }

    /** Real time from a chosen start, stepped by the test like an NTP correction steps the system clock. */
    static final class SteppingClock extends Clock {
        private final long startNanos = System.nanoTime();
        private final Instant start;
        private volatile Duration offset = Duration.ZERO;

        SteppingClock(Instant start) {
            this.start = start;
        }

        void step(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public Instant instant() {
            return start.plusNanos(System.nanoTime() - startNanos).plus(offset);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a UTC clock");
        }
    }
}
