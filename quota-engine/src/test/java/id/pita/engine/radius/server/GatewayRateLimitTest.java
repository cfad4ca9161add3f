package id.pita.engine.radius.server;

import static id.pita.engine.radius.server.Fixtures.budiOnly;
import static id.pita.engine.radius.server.Fixtures.gateway;
import static id.pita.engine.radius.server.Fixtures.papRequest;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.Vendor;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusPacket;
import io.netty.buffer.Unpooled;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The per-gateway limit on the real pipeline, on a time the test advances. */
class GatewayRateLimitTest {
    static final GatewayRateLimit.Limits LIMITS = new GatewayRateLimit.Limits(10, 20);
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final PipelineHarness harness = new PipelineHarness(PortRole.AUTH,
            gateway(Vendor.MIKROTIK, MessageAuthenticatorPolicy.REQUIRE), budiOnly(), rec -> {
                throw new AssertionError("no accounting here");
            }, 1000, LIMITS, nanos::get);
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final Logger logger = (Logger) LoggerFactory.getLogger(GatewayRateLimit.class);
    final Random random = new Random(17);
    int id;

    GatewayRateLimitTest() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void close() {
        logger.detachAppender(log);
        harness.close();
    }

    /** Sends n Access-Requests (wrong password: each admitted one is answered with a Reject); returns the answers. */
    private int send(int n) {
        int answers = 0;
        for (int i = 0; i < n; i++) {
            var answer = harness.send(papRequest(id++ & 0xff, "budi", "wrong", true, random));
            if (answer.isPresent()) {
                assertThat(RadiusPacket.decode(Unpooled.wrappedBuffer(answer.get())).code())
                        .isEqualTo(PacketCode.ACCESS_REJECT);
                answers++;
            }
        }
        return answers;
    }

    private long limited() {
        return harness.metrics.counter("pita_radius_limited_total", "", "gateway").get("taman-kota");
    }

    private java.util.List<String> lines() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void theBurstThenTheRateIsAnsweredAndTheExcessIsDroppedSilentlyAndCounted() {
        assertThat(send(25)).as("the burst is answered, the rest never (no Reject either)").isEqualTo(20);
        assertThat(limited()).isEqualTo(5);
        assertThat(harness.metrics.radiusDrops().get("gateway-rate-limit")).isEqualTo(5);
        var text = new StringBuilder();
        harness.metrics.writePrometheus(text);
        assertThat(text.toString()).as("the dropped datagrams were received and are counted as such")
                .contains("pita_radius_packets_total{direction=\"in\",type=\"access-request\"} 25");

        nanos.addAndGet(500_000_000L);
        assertThat(send(10)).as("half a second at 10/s refills 5").isEqualTo(5);
        assertThat(limited()).isEqualTo(10);
    }

    @Test
    void aGatewayAtItsRateIsNeverLimited() {
        for (int second = 0; second < 30; second++) {
            for (int i = 0; i < 10; i++) {
                assertThat(send(1)).isEqualTo(1);
                nanos.addAndGet(100_000_000L);
            }
        }
        assertThat(limited()).isZero();
        assertThat(lines()).isEmpty();
    }

    @Test
    void oneLineWhenTheEpisodeStartsAndOneWhenItEndsEvenIfTheFlooderFallsSilent() {
        send(20 + 500);
        assertThat(lines()).hasSize(1);
        assertThat(lines().get(0)).contains("taman-kota", "over its RADIUS rate of 10 requests/s (burst 20)");
        harness.handlers.rateLimit().sweep();
        nanos.addAndGet(999_000_000L);
        harness.handlers.rateLimit().sweep();
        assertThat(lines()).as("under a second since the last drop: still over").hasSize(1);
        assertThat(harness.handlers.rateLimit().over()).isEqualTo(1);

        nanos.addAndGet(1_000_000L);
        harness.handlers.rateLimit().sweep();
        harness.handlers.rateLimit().sweep();
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(1)).contains("taman-kota", "back under its RADIUS rate", "500 datagrams dropped");
        assertThat(harness.handlers.rateLimit().over()).isZero();

        nanos.addAndGet(10_000_000_000L);
        send(20 + 1);
        assertThat(lines()).as("a new flood is a new episode").hasSize(3);
    }

    @Test
    void strangersAreNotLimitedButDroppedByTheSourceCheck() {
        var stranger = papRequest(1, "budi", "wrong", true, random).encode();
        for (int i = 0; i < 100; i++) {
            assertThat(harness.send(stranger, PipelineHarness.STRANGER)).isEmpty();
        }
        assertThat(harness.dropped(Drop.UNKNOWN_SOURCE)).isEqualTo(100);
        assertThat(limited()).isZero();
        assertThat(send(20)).isEqualTo(20);
    }
}
