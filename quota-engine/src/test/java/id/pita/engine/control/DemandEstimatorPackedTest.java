package id.pita.engine.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.core.testing.PropertyCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The packed {@link DemandEstimator} (primitive fields per session) answers exactly as the boxed one it replaced
 * ({@link BoxedDemandEstimator}) after any sequence of samples, limits and retains: counters going back, samples at
 * the same or an earlier instant, sub-millisecond instants, {@link Instant#MIN} as the start of a limit.
 */
class DemandEstimatorPackedTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final String[] KEYS = {"gw-1/a", "gw-1/b", "gw-2/a"};
    private static final Bandwidth[] LIMITS = {Bandwidth.ZERO, new Bandwidth(1_000_000, 500_000),
        new Bandwidth(2_000_000, 500_000), new Bandwidth(5_000_000, 1_000_000)};

    /** One step: 0 observe, 1 limitedTo, 2 retainOnly. */
    private record Op(int kind, String key, long down, long up, Instant at, Bandwidth limit, Set<String> keep) {
    }

    @Test
    void packedStateAnswersAsTheBoxedOne() {
        PropertyCheck.forAll("packed = boxed", 9L, 300, DemandEstimatorPackedTest::ops, ops -> {
            var packed = new DemandEstimator(Duration.ofSeconds(60));
            var boxed = new BoxedDemandEstimator(Duration.ofSeconds(60));
            for (var op : ops) {
                switch (op.kind) {
                    case 0 -> {
                        packed.observe(op.key, op.down, op.up, op.at);
                        boxed.observe(op.key, op.down, op.up, op.at);
                    }
                    case 1 -> {
                        packed.limitedTo(op.key, op.limit, op.at);
                        boxed.limitedTo(op.key, op.limit, op.at);
                    }
                    default -> {
                        packed.retainOnly(op.keep);
                        boxed.retainOnly(op.keep);
                    }
                }
                for (var k : KEYS) {
                    assertThat(packed.estimate(k)).as("estimate of %s after %s", k, op).isEqualTo(boxed.estimate(k));
                    assertThat(packed.drawing(k)).as("drawing of %s after %s", k, op).isEqualTo(boxed.drawing(k));
                }
            }
        });
    }

    private static List<Op> ops(Random r) {
        var ops = new ArrayList<Op>();
        long[] down = new long[KEYS.length];
        long[] up = new long[KEYS.length];
        Instant[] at = {T0, T0, T0};
        for (int i = 0; i < 60; i++) {
            int k = r.nextInt(KEYS.length);
            int kind = r.nextInt(10) < 7 ? 0 : r.nextInt(10) < 8 ? 1 : 2;
            if (kind == 0) {
                // mostly forward, sometimes the same instant, earlier, or a counter reset
                at[k] = at[k].plusNanos(r.nextInt(5) == 0 ? -r.nextInt(2_000_000) : r.nextInt(4) == 0 ? 0
                        : PropertyCheck.between(r, 0L, 400_000_000_000L));
                if (r.nextInt(12) == 0) {
                    down[k] = r.nextInt(1000);
                } else {
                    down[k] += PropertyCheck.between(r, 0L, 100_000_000L);
                    up[k] += PropertyCheck.between(r, 0L, 20_000_000L);
                }
                ops.add(new Op(0, KEYS[k], down[k], up[k], at[k], null, null));
            } else if (kind == 1) {
                var since = r.nextInt(4) == 0 ? Instant.MIN : at[k].plusNanos(r.nextInt(3_000_000) - 1_500_000);
                ops.add(new Op(1, KEYS[k], 0, 0, since, PropertyCheck.oneOf(r, LIMITS), null));
            } else {
                ops.add(new Op(2, null, 0, 0, null, null, r.nextBoolean() ? Set.of(KEYS[0], KEYS[2]) : Set.of(KEYS)));
            }
        }
        return ops;
    }
}
