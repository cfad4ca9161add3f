package id.pita.core.allocation.bench;

import id.pita.core.allocation.Allocation;
import id.pita.core.allocation.AllocationInput;
import id.pita.core.allocation.Allocator;
import id.pita.core.allocation.RandomDistricts;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * One planning round of a whole district: {@code sites} sites (a fifth of them hotspots) and 100,000 citizen
 * sessions spread over the hotspots, both directions. Run with {@code scripts/bench/allocator}, which reports per
 * round: the primary score (wall time, ms), {@code cpu.worker} and {@code cpu.jvm} ({@link CpuTimeProfiler}: CPU
 * time of this thread and of the whole JVM, ms) and {@code gc.alloc.rate.norm} (bytes allocated, JMH's
 * {@code -prof gc}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class AllocatorBenchmark {
    @Param({"100", "1000", "10000"})
    public int sites;

    @Param({"100000"})
    public int sessions;

    private AllocationInput input;

    @Setup
    public void setUp() {
        input = RandomDistricts.large(sites, sessions, 42);
    }

    @Benchmark
    public Allocation allocate() {
        return Allocator.allocate(input);
    }
}
