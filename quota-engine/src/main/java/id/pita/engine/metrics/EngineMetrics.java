package id.pita.engine.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The quota engine's metrics. The RADIUS server's families are created here; other parts add their
 * own with {@link #counter} (for example {@code pita_coa_pushes_total{result}}). Thread-safe.
 */
public final class EngineMetrics {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    /** Request-in to response-out bounds, seconds: sub-millisecond to a slow store commit. */
    private static final double[] LATENCY_BOUNDS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
        0.5, 1, 2.5, 5};

    private final Map<String, Object> byName = new ConcurrentHashMap<>();
    private final List<Object> ordered = new CopyOnWriteArrayList<>();
    private final CounterFamily radiusPackets = counter("pita_radius_packets_total",
            "RADIUS packets received (in) and sent (out), by packet type.", "direction", "type");
    private final CounterFamily radiusDrops = counter("pita_radius_dropped_total",
            "RADIUS requests dropped without an answer, by reason.", "reason");
    private final CounterFamily radiusEvents = counter("pita_radius_events_total",
            "Notable RADIUS events that are not drops (duplicates answered from cache, unsigned requests "
                    + "accepted under policy off, ignored accounting).", "event");
    private final CounterFamily controlPushes = counter("pita_control_pushes_total",
            "Pushes the control loop sent, by reason (regime, demand, boost, quota, policy, fallback) and gateway.",
            "reason", "gateway");
    private final Histogram radiusLatency = histogram("pita_radius_response_seconds",
            "Time from a RADIUS request arriving to its response being written.", LATENCY_BOUNDS);

    /** A counter family, created once; asking again with the same name returns the same family. */
    public CounterFamily counter(String name, String help, String... labelNames) {
        return (CounterFamily) register(name, () -> new CounterFamily(name, help, List.of(labelNames)));
    }

    /** A one-label gauge whose series are read from {@code values} at each scrape, created once per name. */
    public GaugeFamily gauge(String name, String help, String labelName,
                             java.util.function.Supplier<Map<String, Double>> values) {
        return (GaugeFamily) register(name, () -> new GaugeFamily(name, help, labelName, values));
    }

    /** A histogram with these bucket upper bounds in seconds, created once per name. */
    public Histogram histogram(String name, String help, double... boundsSeconds) {
        return (Histogram) register(name, () -> new Histogram(name, help, boundsSeconds));
    }

    private synchronized Object register(String name, java.util.function.Supplier<Object> factory) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a Prometheus metric name");
        }
        var existing = byName.get(name);
        if (existing != null) {
            return existing;
        }
        var created = factory.get();
        byName.put(name, created);
        ordered.add(created);
        return created;
    }

    public void radiusPacketIn(String type) {
        radiusPackets.inc("in", type);
    }

    public void radiusPacketOut(String type, long latencyNanos) {
        radiusPackets.inc("out", type);
        radiusLatency.observeNanos(latencyNanos);
    }

    public void radiusDrop(String reason) {
        radiusDrops.inc(reason);
    }

    public void radiusEvent(String event) {
        radiusEvents.inc(event);
    }

    public CounterFamily radiusPackets() {
        return radiusPackets;
    }

    public CounterFamily radiusDrops() {
        return radiusDrops;
    }

    public CounterFamily radiusEvents() {
        return radiusEvents;
    }

    /** {@code pita_control_pushes_total{reason,gateway}}: every push the control loop sends. */
    public CounterFamily controlPushes() {
        return controlPushes;
    }

    public Histogram radiusLatency() {
        return radiusLatency;
    }

    /** Every family in registration order, Prometheus text format. */
    public void writePrometheus(StringBuilder out) {
        for (var metric : ordered) {
            if (metric instanceof CounterFamily) {
                ((CounterFamily) metric).writePrometheus(out);
            } else if (metric instanceof GaugeFamily) {
                ((GaugeFamily) metric).writePrometheus(out);
            } else {
                ((Histogram) metric).writePrometheus(out);
            }
        }
    }
}
