package id.pita.engine.control;

import id.pita.core.Check;
import java.time.Duration;

/**
 * How the control loop treats a gateway whose CoA port does not answer ({@link CoaPeers}). Durations are on
 * Pita's clock (sped up with a fast clock).
 *
 * @param timeoutsToUnreachable pushes in a row without an answer (each after all the CoA client's retries) that
 *                              make a gateway unreachable (1 to 100)
 * @param probeFirst            the first wait between two probes of an unreachable gateway (1 s to 1 h)
 * @param probeMax              the longest wait between two probes; the wait doubles up to it (probeFirst to 1 h)
 * @param maxHeld               pushes held per unreachable gateway, one per session (1 to 1,000,000)
 */
public record PeerConfig(int timeoutsToUnreachable, Duration probeFirst, Duration probeMax, int maxHeld) {
    public PeerConfig {
        Check.inRange("timeoutsToUnreachable", timeoutsToUnreachable, 1, 100);
        Check.notNull("probeFirst", probeFirst);
        Check.notNull("probeMax", probeMax);
        Check.that(probeFirst.toMillis() >= 1000 && probeFirst.compareTo(Duration.ofHours(1)) <= 0, "probeFirst",
                "must be between 1 s and 3600 s (was " + probeFirst.toMillis() + " ms)");
        Check.that(probeMax.compareTo(probeFirst) >= 0 && probeMax.compareTo(Duration.ofHours(1)) <= 0, "probeMax",
                "must be between probeFirst and 3600 s (was " + probeMax.toMillis() + " ms)");
        Check.inRange("maxHeld", maxHeld, 1, 1_000_000);
    }

    /** 2 pushes in a row, probes from every 15 s up to every 2 min, 10,000 held per gateway. */
    public static PeerConfig defaults() {
        return new PeerConfig(2, Duration.ofSeconds(15), Duration.ofMinutes(2), 10_000);
    }
}
