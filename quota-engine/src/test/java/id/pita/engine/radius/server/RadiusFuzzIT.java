package id.pita.engine.radius.server;

import static id.pita.engine.radius.server.Fixtures.DICT;
import static id.pita.engine.radius.server.Fixtures.PASSWORD;
import static id.pita.engine.radius.server.Fixtures.gateway;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.Vendor;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * 120,000 random and mutated datagrams (seeded) through both ports' real pipelines: nothing escapes,
 * every datagram is either answered or counted as a drop, a valid request is still answered after,
 * and memory stays bounded (the duplicate cache at its configured size).
 */
class RadiusFuzzIT {
    static final int PACKETS = 120_000;
    static final int CACHE_ENTRIES = 2_000;
    static final long SEED = 20_241_123L;

    final Random random = new Random(SEED);
    PipelineHarness auth;
    PipelineHarness acct;
    Level previousLevel;

    @BeforeEach
    void quietLogs() {
        // 120k packets at DEBUG would spend the test's time printing; drops still log (rate-limited) at WARN.
        var root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previousLevel = root.getLevel();
        root.setLevel(Level.WARN);
        var gw = gateway(Vendor.COOVACHILLI, MessageAuthenticatorPolicy.AUTO);
        auth = new PipelineHarness(PortRole.AUTH, gw, Fixtures.budiOnly(),
                rec -> CompletableFuture.completedFuture(null), CACHE_ENTRIES);
        acct = new PipelineHarness(PortRole.ACCOUNTING, gw, Fixtures.budiOnly(),
                rec -> CompletableFuture.completedFuture(null), CACHE_ENTRIES);
    }

    @AfterEach
    void restore() {
        auth.close();
        acct.close();
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(previousLevel);
    }

    @Test
    void randomAndMutatedPacketsAreDroppedAndCountedAndTheServerStillAnswers() {
        var seeds = validPackets();
        long heapBefore = usedHeapAfterGc();
        int answered = 0;
        for (int i = 0; i < PACKETS; i++) {
            var harness = random.nextBoolean() ? auth : acct;
            var from = random.nextInt(50) == 0 ? PipelineHarness.STRANGER
                    : new InetSocketAddress(PipelineHarness.GATEWAY.getAddress(), 40000 + random.nextInt(64));
            if (harness.send(next(seeds), from).isPresent()) {
                answered++;
            }
        }
        long heapAfter = usedHeapAfterGc();

        for (var h : List.of(auth, acct)) {
            long in = h.metrics.radiusPackets().total() - out(h);
            assertThat(out(h) + h.metrics.radiusDrops().total()).as("every datagram answered or counted")
                    .isEqualTo(in);
            assertThat(h.dropped(Drop.INTERNAL_ERROR)).isZero();
            assertThat(h.handlers.duplicateCacheSize()).isLessThanOrEqualTo(CACHE_ENTRIES);
        }
        assertThat(auth.metrics.radiusDrops().total() + acct.metrics.radiusDrops().total()).isGreaterThan(PACKETS / 2);
        assertThat(answered).isPositive();
        var fresh = Fixtures.papRequest(1, "budi", PASSWORD, true, random);
        var answer = RadiusPacket.decode(auth.send(fresh).orElseThrow());
        assertThat(answer.code()).isEqualTo(PacketCode.ACCESS_ACCEPT);
        assertThat(heapAfter - heapBefore).as("heap growth in bytes").isLessThan(64L * 1024 * 1024);
    }

    private static long out(PipelineHarness h) {
        var packets = h.metrics.radiusPackets();
        return packets.get("out", "access-accept") + packets.get("out", "access-reject")
                + packets.get("out", "accounting-response");
    }

    private List<byte[]> validPackets() {
        var list = new ArrayList<byte[]>();
        for (int i = 0; i < 8; i++) {
            list.add(Fixtures.papRequest(i, i % 2 == 0 ? "budi" : "siti", PASSWORD, true, random).encode());
            list.add(Fixtures.accounting(i, 1 + i % 3, "s" + i, List.of(
                    DICT.attribute("Acct-Input-Octets").integer(random.nextInt(1 << 30)),
                    DICT.attribute("Acct-Input-Gigawords").integer(i),
                    RadiusAttribute.vendor(14988, 8, "1M/2M".getBytes()))).encode());
        }
        list.add(Authenticators.signRequest(RadiusPacket.of(PacketCode.STATUS_SERVER, 1, new byte[16], List.of(
                RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]))), Fixtures.secret()).encode());
        return list;
    }

    /** One datagram: 15 % random, 10 % valid with a fresh identity, the rest a mutation of a valid one. */
    private byte[] next(List<byte[]> seeds) {
        int kind = random.nextInt(100);
        if (kind < 15) {
            var junk = new byte[random.nextInt(120)];
            random.nextBytes(junk);
            if (junk.length >= 4 && random.nextBoolean()) {
                junk[0] = (byte) (1 + random.nextInt(12));
                junk[2] = 0;
                junk[3] = (byte) junk.length;
            }
            return junk;
        }
        if (kind < 25) {
            return random.nextBoolean()
                    ? Fixtures.papRequest(random.nextInt(256), "budi", PASSWORD, true, random).encode()
                    : Fixtures.accounting(random.nextInt(256), 3, "s" + random.nextInt(), List.of()).encode();
        }
        return mutate(seeds.get(random.nextInt(seeds.size())).clone());
    }

    private byte[] mutate(byte[] p) {
        switch (random.nextInt(6)) {
            case 0 -> p[random.nextInt(p.length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> p[random.nextInt(p.length)] = (byte) random.nextInt(256);
            case 2 -> {
                return Arrays.copyOf(p, random.nextInt(p.length));
            }
            case 3 -> {
                var longer = Arrays.copyOf(p, p.length + random.nextInt(64));
                int len = Math.min(4096 + 10, longer.length + random.nextInt(20) - 10);
                longer[2] = (byte) (len >>> 8);
                longer[3] = (byte) len;
                return longer;
            }
            case 4 -> p[20 + random.nextInt(Math.max(1, p.length - 21)) + 1] = (byte) random.nextInt(4);
            default -> {
                return p; // a replay: answered from the cache or dropped as in flight
            }
        }
        return p;
    }

    private static long usedHeapAfterGc() {
        var rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
