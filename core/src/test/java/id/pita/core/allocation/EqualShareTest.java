package id.pita.core.allocation;

import static id.pita.core.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EqualShareTest {
    @Test
    void smallWantsAreMetAndTheRestSharedEqually() {
        // C = 100, wants 10, 50, 60: 10 is met, 90 left for two: 45 each (both want more than 45).
        assertThat(EqualShare.share(100, new long[] {10, 50, 60}, 80)).containsExactly(10, 45, 45);
        // C = 100, wants 10, 20, 30 (60 in all): 40 spare lent equally up to the cap 80: level L with
        // max(10, L) + max(20, L) + max(30, L) = 100 -> L = 33.3: 33, 33, 33 plus one bit/s to the first.
        assertThat(EqualShare.share(100, new long[] {10, 20, 30}, 80)).containsExactly(34, 33, 33);
    }

    @Test
    void sameRatesAsTheGeneralTwoPhaseRule() {
        forAll("same rates as the general two phase rule", 1201L, 1000, Random::nextLong, seed -> {
            var rnd = new Random(seed);
            int n = rnd.nextInt(rnd.nextBoolean() ? 40 : 400);
            long cap = 1 + rnd.nextInt(rnd.nextBoolean() ? 5 : 1000);
            long[] wants = new long[n];
            for (int i = 0; i < n; i++) {
                wants[i] = rnd.nextInt(4) == 0 ? cap : rnd.nextInt((int) cap + 1);
            }
            long c = (long) (rnd.nextDouble() * (n * cap + 10));
            long[] caps = new long[n];
            long[] ones = new long[n];
            Arrays.fill(caps, cap);
            Arrays.fill(ones, 1);
            assertThat(EqualShare.share(c, wants, cap))
                    .containsExactly(TwoPhase.share(c, new long[n], wants, caps, ones).rates());
        });
    }
}
