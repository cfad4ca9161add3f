package id.pita.portal.simulator;

import id.pita.core.Check;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How to run the simulated gateways.
 *
 * @param auth               Pita's RADIUS authentication address
 * @param accounting         Pita's RADIUS accounting address
 * @param portalBase         the citizen portal's root URL, e.g. {@code http://127.0.0.1:8080}
 * @param citizensPerHotspot phones that visit each hotspot each day (0-1000)
 * @param heavyShare         share of those that are heavy users (0-1)
 * @param tick               real time between two steps of each gateway (10 ms - 10 s)
 * @param until              simulated instant after which every session stops and nothing starts
 * @param seed               for arrivals, stays and office intensities
 * @param radiusTimeout      real time a gateway waits for Pita's answer before retransmitting (50 ms - 30 s)
 * @param radiusTries        transmissions per request (1-10)
 * @param defaultInterim     interim interval when an Access-Accept carries none (simulated time)
 */
public record SimulatorConfig(InetSocketAddress auth, InetSocketAddress accounting, String portalBase,
                              int citizensPerHotspot, double heavyShare, Duration tick, Optional<Instant> until,
                              long seed, Duration radiusTimeout, int radiusTries, Duration defaultInterim) {
    public SimulatorConfig {
        Check.notNull("auth", auth);
        Check.notNull("accounting", accounting);
        Check.notBlank("portalBase", portalBase);
        Check.inRange("citizensPerHotspot", citizensPerHotspot, 0, 1000);
        Check.that(heavyShare >= 0 && heavyShare <= 1, "heavyShare", "must be 0..1 (was " + heavyShare + ")");
        Check.notNull("tick", tick);
        Check.that(tick.compareTo(Duration.ofMillis(10)) >= 0 && tick.compareTo(Duration.ofSeconds(10)) <= 0,
                "tick", "must be 10 ms..10 s of real time (was " + tick + ")");
        Check.notNull("until", until);
        Check.notNull("radiusTimeout", radiusTimeout);
        Check.that(radiusTimeout.compareTo(Duration.ofMillis(50)) >= 0
                && radiusTimeout.compareTo(Duration.ofSeconds(30)) <= 0, "radiusTimeout",
                "must be 50 ms..30 s of real time (was " + radiusTimeout + ")");
        Check.inRange("radiusTries", radiusTries, 1, 10);
        Check.notNull("defaultInterim", defaultInterim);
        Check.that(defaultInterim.toSeconds() >= 1, "defaultInterim",
                "must be at least 1 s (was " + defaultInterim + ")");
    }

    /** Five citizens per hotspot, a fifth of them heavy, 100 ms ticks, 1 s x 3 RADIUS tries, 5 min interim. */
    public static SimulatorConfig of(InetSocketAddress auth, InetSocketAddress accounting, String portalBase) {
        return new SimulatorConfig(auth, accounting, portalBase, 5, 0.2, Duration.ofMillis(100), Optional.empty(),
                42, Duration.ofSeconds(1), 3, Duration.ofMinutes(5));
    }

    public SimulatorConfig withCitizensPerHotspot(int citizens) {
        return new SimulatorConfig(auth, accounting, portalBase, citizens, heavyShare, tick, until, seed,
                radiusTimeout, radiusTries, defaultInterim);
    }

    public SimulatorConfig withUntil(Instant end) {
        return new SimulatorConfig(auth, accounting, portalBase, citizensPerHotspot, heavyShare, tick,
                Optional.of(end), seed, radiusTimeout, radiusTries, defaultInterim);
    }

    public SimulatorConfig withTick(Duration realTick) {
        return new SimulatorConfig(auth, accounting, portalBase, citizensPerHotspot, heavyShare, realTick, until,
                seed, radiusTimeout, radiusTries, defaultInterim);
    }
}
