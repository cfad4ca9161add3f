package id.pita.portal.simulator;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counts what the simulated gateways did and heard. Thread-safe. */
public final class SimulatorStats {
    /** One counter per event. */
    public enum Event {
        ACCESS_ACCEPT, ACCESS_REJECT, RADIUS_TIMEOUT, PORTAL_FAILURE,
        ACCT_START, ACCT_INTERIM, ACCT_STOP,
        COA_ACK, COA_NAK, DISCONNECT_ACK, DISCONNECT_NAK
    }

    private final Map<Event, LongAdder> counts = new EnumMap<>(Event.class);

    SimulatorStats() {
        for (var e : Event.values()) {
            counts.put(e, new LongAdder());
        }
    }

    void count(Event e) {
        counts.get(e).increment();
    }

    public long get(Event e) {
        return counts.get(e).sum();
    }

    @Override
    public String toString() {
        var sb = new StringBuilder("SimulatorStats[");
        for (var e : Event.values()) {
            sb.append(e.name().toLowerCase(Locale.ROOT)).append('=').append(get(e)).append(' ');
        }
        return sb.toString().trim() + "]";
    }
}
