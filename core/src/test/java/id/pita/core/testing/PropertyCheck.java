package id.pita.core.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Seeded property checks on plain JUnit 5: each try draws its input from {@code new Random(seed(i))},
 * so a failure names the try's seed and input and replays exactly. No shrinking: generators keep
 * inputs small enough to read.
 *
 * <p>We wrote this instead of using a property-testing library: the one we had states in its engine
 * that AI agents must not use it, and Pita is partly written by one, so we respect the author's wish.
 */
public final class PropertyCheck {
    private PropertyCheck() {
    }

    public static <T> void forAll(String property, long seed, int tries, Function<Random, T> generator,
                                  Consumer<T> check) {
        for (int i = 0; i < tries; i++) {
            long trySeed = seed * 1_000_003L + i;
            T input = generator.apply(new Random(trySeed));
            try {
                check.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(property + " failed on try " + i + " (replay with new Random(" + trySeed
                        + "L)); input: " + input, e);
            }
        }
    }

    /** A uniform long in {@code [min, max]}. */
    public static long between(Random random, long min, long max) {
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    /** A uniform int in {@code [min, max]}. */
    public static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    @SafeVarargs
    public static <T> T oneOf(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
