package id.pita.engine.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A Prometheus gauge with one label, its values read when {@code /metrics} is written (for example one
 * series per gateway). Thread-safe if the supplier is.
 */
public final class GaugeFamily {
    private final String name;
    private final String help;
    private final String labelName;
    private final Supplier<Map<String, Double>> values;

    GaugeFamily(String name, String help, String labelName, Supplier<Map<String, Double>> values) {
        this.name = name;
        this.help = help;
        this.labelName = labelName;
        this.values = values;
    }

    public String name() {
        return name;
    }

    void writePrometheus(StringBuilder out) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        new TreeMap<>(values.get()).forEach((label, value) -> out.append(name)
                .append(Prometheus.labels(List.of(labelName), List.of(label))).append(' ')
                .append(Prometheus.number(value)).append('\n'));
    }
}
