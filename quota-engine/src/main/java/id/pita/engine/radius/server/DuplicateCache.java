package id.pita.engine.radius.server;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
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

    /** Source address and port, the port served, identifier and request authenticator. */
    record Key(InetSocketAddress sender, PortRole port, int identifier, byte[] authenticator) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).sender.equals(sender) && ((Key) o).port == port
                    && ((Key) o).identifier == identifier && Arrays.equals(((Key) o).authenticator, authenticator);
        }

        @Override
        public int hashCode() {
            return (sender.hashCode() * 31 + port.hashCode()) * 257 + identifier + 31 * Arrays.hashCode(authenticator);
        }

        @Override
        public String toString() {
            return sender + " id " + identifier;
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
