package id.pita.engine.radius.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.pita.core.testing.PropertyCheck;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed {@link DuplicateCache.Key}: equal exactly when the fields it was made of are equal. */
class DuplicateCacheTest {
    /** Two keys' ingredients, drawn so that they often share some of them. */
    private record Pair(InetSocketAddress s1, PortRole r1, int id1, byte[] a1,
                        InetSocketAddress s2, PortRole r2, int id2, byte[] a2) {
        @Override
        public String toString() {
            return s1 + " " + r1 + " " + id1 + " " + Arrays.toString(a1) + " / " + s2 + " " + r2 + " " + id2 + " "
                    + Arrays.toString(a2);
        }
    }

    @Test
    void keysAreEqualExactlyWhenSenderRoleIdentifierAndAuthenticatorAre() {
        PropertyCheck.forAll("packed key equality", 16L, 2000, DuplicateCacheTest::pair, p -> {
            var k1 = new DuplicateCache.Key(p.s1, p.r1, p.id1, p.a1);
            var k2 = new DuplicateCache.Key(p.s2, p.r2, p.id2, p.a2);
            boolean same = p.s1.equals(p.s2) && p.r1 == p.r2 && p.id1 == p.id2 && Arrays.equals(p.a1, p.a2);
            assertEquals(same, k1.equals(k2));
            assertEquals(same, k2.equals(k1));
            if (same) {
                assertEquals(k1.hashCode(), k2.hashCode());
            }
            assertEquals(p.s1, k1.sender(), "the sender round-trips");
            assertEquals(p.id1, k1.identifier());
        });
    }

    @Test
    void anIpv4SenderIsNotTheSameAsAnIpv6OneWithTheSameLowBits() throws UnknownHostException {
        byte[] auth = new byte[16];
        var v4 = new InetSocketAddress(InetAddress.getByName("10.0.0.1"), 1813);
        var v6 = new InetSocketAddress(InetAddress.getByName("::a00:1"), 1813);
        assertNotEquals(new DuplicateCache.Key(v4, PortRole.ACCOUNTING, 1, auth),
                new DuplicateCache.Key(v6, PortRole.ACCOUNTING, 1, auth));
    }

    @Test
    void anAuthenticatorOfAnotherLengthIsRefused() {
        var s = new InetSocketAddress(InetAddress.getLoopbackAddress(), 1);
        assertThrows(IllegalArgumentException.class, () -> new DuplicateCache.Key(s, PortRole.AUTH, 1, new byte[15]));
    }

    @Test
    void aRetransmissionWithAPackedKeyFindsTheAnswer() throws UnknownHostException {
        var cache = new DuplicateCache(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Duration.ofSeconds(30), 10);
        byte[] auth = new byte[16];
        auth[15] = 7;
        var sender = new InetSocketAddress(InetAddress.getByName("192.168.1.9"), 40000);
        assertInstanceOf(DuplicateCache.New.class, cache.begin(new DuplicateCache.Key(sender, PortRole.AUTH, 3, auth)));
        // a new InetSocketAddress and array for the retransmission, as the socket gives
        var again = new DuplicateCache.Key(new InetSocketAddress(InetAddress.getByName("192.168.1.9"), 40000),
                PortRole.AUTH, 3, auth.clone());
        assertInstanceOf(DuplicateCache.InFlight.class, cache.begin(again));
        cache.answer(again, new byte[] {1, 2, 3});
        var answered = assertInstanceOf(DuplicateCache.Answered.class, cache.begin(again));
        assertEquals(3, answered.response().length);
        assertEquals("/192.168.1.9:40000 id 3", again.toString());
    }

    private static Pair pair(Random r) {
        var s1 = sender(r);
        var r1 = PropertyCheck.oneOf(r, PortRole.values());
        int id1 = r.nextInt(256);
        byte[] a1 = auth(r);
        boolean near = r.nextBoolean();
        var s2 = near && r.nextInt(3) > 0 ? new InetSocketAddress(s1.getAddress(), s1.getPort()) : sender(r);
        var r2 = near && r.nextBoolean() ? r1 : PropertyCheck.oneOf(r, PortRole.values());
        int id2 = near && r.nextInt(3) > 0 ? id1 : r.nextInt(256);
        byte[] a2 = near && r.nextInt(3) > 0 ? a1.clone() : auth(r);
        if (near && r.nextBoolean()) {
            a2[r.nextInt(16)] ^= (byte) (1 << r.nextInt(8));
        }
        return new Pair(s1, r1, id1, a1, s2, r2, id2, a2);
    }

    private static InetSocketAddress sender(Random r) {
        byte[] a = new byte[r.nextInt(4) == 0 ? 16 : 4];
        // few distinct values, so that equal addresses come up often
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) (r.nextInt(3) == 0 ? r.nextInt(256) : r.nextInt(2));
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(a), PropertyCheck.oneOf(r, 1812, 1813, 65535, 0));
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] auth(Random r) {
        byte[] a = new byte[16];
        for (int i = 0; i < 16; i++) {
            a[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : 0);
        }
        return a;
    }
}
