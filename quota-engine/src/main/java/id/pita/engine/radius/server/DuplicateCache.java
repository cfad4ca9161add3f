package id.pita.engine.radius.server;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;

/**
 * Recent requests and, once answered, their response bytes [RFC 5080 §2.2.2]: a retransmission is
 * answered with the same bytes and never processed twice; one that arrives while the first is still
 * being processed is dropped. Bounded in entries and in age (from first arrival). Thread-safe.
 */
final class DuplicateCache {
    /** What a request is, compared with what was seen. */
    sealed interface Seen {
    }

    record New() implements Seen {
    }

    record InFlight() implements Seen {
    }

    record Answered(byte[] response) implements Seen {
    }

    /**
     * Source address and port, the port served, identifier and request authenticator. Packed into primitive fields
     * (one 64-byte object instead of an {@link InetSocketAddress}, its two holders, an {@link java.net.InetAddress}
     * and a 16-byte array: 160 bytes), since the cache keeps up to 65,536 of them: two longs for the address (an IPv4
     * one in the low half), two for the authenticator. Equal exactly when the sources are equal as
     * {@link InetSocketAddress}es (same family, address and port) and the rest is equal.
     */
    static final class Key {
        private static final int IPV6 = 1 << 16;
        private final long addressHigh;
        private final long addressLow;
        /** The port in the low 16 bits, {@link #IPV6} above it. */
        private final int portAndFamily;
        private final int identifier;
        private final PortRole port;
        private final long authenticatorHigh;
        private final long authenticatorLow;
        /** Only for an unresolved source (never from a socket), which is compared by its name as before. */
        private final InetSocketAddress unresolved;

        Key(InetSocketAddress sender, PortRole port, int identifier, byte[] authenticator) {
            if (authenticator.length != 16) {
                throw new IllegalArgumentException("a request authenticator has 16 octets, not " + authenticator.length);
            }
            var address = sender.getAddress();
            byte[] a = address == null ? new byte[0] : address.getAddress();
            this.unresolved = address == null ? sender : null;
            this.addressHigh = a.length == 16 ? octets(a, 0) : 0;
            this.addressLow = a.length == 16 ? octets(a, 8) : a.length == 4 ? octets4(a) : 0;
            this.portAndFamily = sender.getPort() | (a.length == 16 ? IPV6 : 0);
            this.identifier = identifier;
            this.port = port;
            this.authenticatorHigh = octets(authenticator, 0);
            this.authenticatorLow = octets(authenticator, 8);
        }

        private static long octets(byte[] b, int from) {
            long v = 0;
            for (int i = from; i < from + 8; i++) {
                v = v << 8 | (b[i] & 0xFF);
            }
            return v;
        }

        private static long octets4(byte[] b) {
            return (b[0] & 0xFFL) << 24 | (b[1] & 0xFFL) << 16 | (b[2] & 0xFFL) << 8 | (b[3] & 0xFFL);
        }

        /** The source, rebuilt from the packed address (for logs). */
        InetSocketAddress sender() {
            if (unresolved != null) {
                return unresolved;
            }
            byte[] a;
            if ((portAndFamily & IPV6) != 0) {
                a = java.nio.ByteBuffer.allocate(16).putLong(addressHigh).putLong(addressLow).array();
            } else {
                a = new byte[] {(byte) (addressLow >>> 24), (byte) (addressLow >>> 16), (byte) (addressLow >>> 8),
                        (byte) addressLow};
            }
            try {
                return new InetSocketAddress(java.net.InetAddress.getByAddress(a), portAndFamily & 0xFFFF);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException("4 or 16 octets are an address", e);
            }
        }

        int identifier() {
            return identifier;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.addressLow == addressLow && k.addressHigh == addressHigh
                    && k.portAndFamily == portAndFamily && k.identifier == identifier && k.port == port
                    && k.authenticatorLow == authenticatorLow && k.authenticatorHigh == authenticatorHigh
                    && java.util.Objects.equals(k.unresolved, unresolved);
        }

        @Override
        public int hashCode() {
            long h = addressLow * 31 + addressHigh;
            h = h * 31 + portAndFamily;
            h = h * 257 + identifier;
            h = h * 31 + port.ordinal();
            h = h * 31 + authenticatorLow;
            h = h * 31 + authenticatorHigh;
            h = h * 31 + java.util.Objects.hashCode(unresolved);
            return Long.hashCode(h);
        }

        @Override
        public String toString() {
            return sender() + " id " + identifier;
        }
    }

    private record Entry(long arrivedMillis, byte[] response) {
    }

    private static final Seen NEW = new New();
    private static final Seen IN_FLIGHT = new InFlight();

    private final Clock clock;
    private final long ttlMillis;
    private final int maxEntries;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>();

    DuplicateCache(Clock clock, Duration ttl, int maxEntries) {
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
        this.maxEntries = maxEntries;
    }

    /** Looks the request up; when new, records it as in flight. */
    synchronized Seen begin(Key key) {
        long now = clock.millis();
        expire(now);
        var e = entries.get(key);
        if (e != null) {
            return e.response == null ? IN_FLIGHT : new Answered(e.response.clone());
        }
        entries.put(key, new Entry(now, null));
        if (entries.size() > maxEntries) {
            entries.remove(entries.keySet().iterator().next());
        }
        return NEW;
    }

    /** Remembers the response for retransmissions; ignored if the entry has already gone. */
    synchronized void answer(Key key, byte[] response) {
        var e = entries.get(key);
        if (e != null) {
            entries.put(key, new Entry(e.arrivedMillis, response.clone()));
        }
    }

    /** Forgets a request that got no answer, so that its retransmission is processed afresh. */
    synchronized void forget(Key key) {
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }

    private void expire(long now) {
        var it = entries.values().iterator();
        while (it.hasNext() && now - it.next().arrivedMillis >= ttlMillis) {
            it.remove();
        }
    }
}
