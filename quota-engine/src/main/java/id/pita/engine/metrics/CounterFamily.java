package id.pita.engine.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Prometheus counter with fixed label names, one {@link LongAdder} per label-value combination.
 * Thread-safe; label values should come from small closed sets (types, reasons, gateway ids).
 */
public final class CounterFamily {
    private final String name;
    private final String help;
    private final List<String> labelNames;
    private final Map<List<String>, LongAdder> series = new ConcurrentHashMap<>();

    CounterFamily(String name, String help, List<String> labelNames) {
        this.name = name;
        this.help = help;
        this.labelNames = List.copyOf(labelNames);
    }

    public String name() {
        return name;
    }

    /** Adds one to the series with these label values (in label-name order). */
    public void inc(String... labelValues) {
        add(1, labelValues);
    }

    public void add(long amount, String... labelValues) {
        series.computeIfAbsent(key(labelValues), k -> new LongAdder()).add(amount);
    }

    /** The current value of one series; 0 if never incremented. */
    public long get(String... labelValues) {
        var adder = series.get(key(labelValues));
        return adder == null ? 0 : adder.sum();
    }

    /** Sum over all series. */
    public long total() {
        return series.values().stream().mapToLong(LongAdder::sum).sum();
    }

    private List<String> key(String[] labelValues) {
        if (labelValues.length != labelNames.size()) {
            throw new IllegalArgumentException(name + " takes labels " + labelNames + ", got "
                    + Arrays.toString(labelValues));
        }
        return List.of(labelValues);
    }

    void writePrometheus(StringBuilder out) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" counter\n");
        var sorted = new ConcurrentSkipListMap<String, Long>();
        series.forEach((labels, adder) -> sorted.put(Prometheus.labels(labelNames, labels), adder.sum()));
        sorted.forEach((labels, value) -> out.append(name).append(labels).append(' ').append(value).append('\n'));
    }
}
