package id.pita.engine.metrics;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/**
 * A latency histogram with fixed upper bounds in seconds, written as a Prometheus histogram
 * ({@code _bucket{le=..}} cumulative, {@code _sum}, {@code _count}). Thread-safe, lock-free.
 */
public final class Histogram {
    private final String name;
    private final String help;
    private final double[] bounds;
    private final LongAdder[] buckets;
    private final LongAdder count = new LongAdder();
    private final LongAdder sumNanos = new LongAdder();

    Histogram(String name, String help, double[] boundsSeconds) {
        this.name = name;
        this.help = help;
        this.bounds = boundsSeconds.clone();
        Arrays.sort(this.bounds);
        this.buckets = new LongAdder[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    public void observeNanos(long nanos) {
        long n = Math.max(0, nanos);
        double seconds = n / 1e9;
        for (int i = 0; i < bounds.length; i++) {
            if (seconds <= bounds[i]) {
                buckets[i].increment();
                break;
            }
        }
        count.increment();
        sumNanos.add(n);
    }

    public long count() {
        return count.sum();
    }

    void writePrometheus(StringBuilder out) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" histogram\n");
        long cumulative = 0;
        for (int i = 0; i < bounds.length; i++) {
            cumulative += buckets[i].sum();
            out.append(name).append("_bucket{le=\"").append(Prometheus.number(bounds[i])).append("\"} ")
                    .append(cumulative).append('\n');
        }
        long total = count.sum();
        out.append(name).append("_bucket{le=\"+Inf\"} ").append(total).append('\n');
        out.append(name).append("_sum ").append(Prometheus.number(sumNanos.sum() / 1e9)).append('\n');
        out.append(name).append("_count ").append(total).append('\n');
    }
}
