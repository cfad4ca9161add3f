package id.pita.portal.citizen.opennds;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Repeats an attempt until its result satisfies a condition, within a bounded deadline (async I/O only). */
public final class Poll {
    private Poll() {
    }

    public static <T> T until(String what, Duration limit, Supplier<T> attempt, Predicate<T> done) {
        long deadline = System.nanoTime() + limit.toNanos();
        T last = attempt.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + limit.toSeconds() + " s waiting for " + what
                        + "; last result:\n" + last);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
            last = attempt.get();
        }
        return last;
    }
}
