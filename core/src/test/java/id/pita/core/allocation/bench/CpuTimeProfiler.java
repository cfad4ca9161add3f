package id.pita.core.allocation.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, which a shared, loaded machine blurs far less than wall time: {@code cpu.worker} is
 * the benchmark thread's own CPU time, {@code cpu.jvm} the whole JVM's (garbage collection and JIT included).
 * Use with {@code -prof id.pita.core.allocation.bench.CpuTimeProfiler}.
 */
public class CpuTimeProfiler implements InternalProfiler {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private Map<Long, Long> workersBefore = Map.of();
    private long jvmBefore;

    @Override
    public String getDescription() {
        return "CPU time per operation: benchmark thread (cpu.worker) and whole JVM (cpu.jvm)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        workersBefore = workerCpu();
        jvmBefore = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
                                                       IterationResult result) {
        long jvm = os.getProcessCpuTime() - jvmBefore;
        long worker = 0;
        for (var e : workerCpu().entrySet()) {
            // A worker started during the iteration had used no CPU before it.
            worker += e.getValue() - workersBefore.getOrDefault(e.getKey(), 0L);
        }
        double ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult("cpu.worker", worker / 1e6 / ops, "ms/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.jvm", jvm / 1e6 / ops, "ms/op", AggregationPolicy.AVG));
    }

    /** CPU nanoseconds of each live JMH worker thread, by thread id. */
    private Map<Long, Long> workerCpu() {
        var cpu = new HashMap<Long, Long>();
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().contains("-jmh-worker-")) {
                cpu.put(t.getThreadId(), threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        return cpu;
    }
}
