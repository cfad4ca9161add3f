package id.pita.core.allocation.bench;

import id.pita.core.allocation.Allocation;
import id.pita.core.allocation.AllocationInput;
import id.pita.core.allocation.Allocator;
import id.pita.core.allocation.RandomDistricts;
import id.pita.core.allocation.SessionColumns;
import id.pita.core.allocation.SessionDemand;
import java.util.ArrayList;
import java.util.List;
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
    private List<SessionDemand> records;

    @Setup
    public void setUp() {
        input = RandomDistricts.large(sites, sessions, 42);
        records = List.copyOf(new ArrayList<>(input.sessions()));
    }

    /** A round on the columns the control loop has built (its input since 2026-12-01). */
    @Benchmark
    public Allocation allocate() {
        return Allocator.allocate(input);
    }

    /**
     * What building those columns costs the caller, from records: an upper bound of what filling the builder adds
     * to the control loop's own pass over the sessions (which reads each session anyway).
     */
    @Benchmark
    public SessionColumns buildColumns() {
        var b = SessionColumns.builder(records.size());
        for (var s : records) {
            b.add(s.sessionKey(), s.siteCode(), s.demand());
        }
        return b.build();
    }

    /** A round and then every session's rate looked up by key through the map view (builds its key table). */
    @Benchmark
    public long allocateAndLookUpByKey() {
        var a = Allocator.allocate(input);
        long sum = 0;
        for (var s : records) {
            sum += a.sessions().get(s.sessionKey()).down();
        }
        return sum;
    }
}
