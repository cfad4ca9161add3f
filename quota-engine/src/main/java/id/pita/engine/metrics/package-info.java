/**
 * The engine's counters and latency histograms, lock-free on the hot path ({@link java.util.concurrent.atomic.LongAdder}),
 * written out in Prometheus text format for the {@code /metrics} endpoint. A new counter family is one
 * call to {@link id.pita.engine.metrics.EngineMetrics#counter}; families keep registration order.
 */
package id.pita.engine.metrics;
