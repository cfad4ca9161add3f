package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.InvalidValueException;
import java.time.Duration;

/**
 * How the control loop runs.
 *
 * @param period                  time between rounds (5 s to 10 min); a regime boundary brings a round forward
 * @param hysteresis              relative change (0 to 1, i.e. 0 to 100 %) a rate must move by, in either
 *                                direction, before it is pushed again
 * @param maxPushesPerGateway     pushes per second sent to one gateway (1 to 1000), so a boundary does not
 *                                flood a router
 * @param demandHalfLife          half-life of the demand EWMA (1 s to 1 h)
 * @param minDwell                least time between two demand-driven pushes to one session (0 to 1 h; 0 = none);
 *                                regime switches, boosts, quota, edits and hard limits push at once
 */
public record ControlConfig(Duration period, double hysteresis, int maxPushesPerGateway, Duration demandHalfLife,
                            Duration minDwell) {
    public static final Duration MIN_PERIOD = Duration.ofSeconds(5);
    public static final Duration MAX_PERIOD = Duration.ofMinutes(10);
    /** The default {@link #minDwell()}: 5 min. */
    public static final Duration DEFAULT_DWELL = Duration.ofMinutes(5);

    public ControlConfig {
        Check.notNull("period", period);
        if (period.compareTo(MIN_PERIOD) < 0 || period.compareTo(MAX_PERIOD) > 0) {
            throw new InvalidValueException("period",
                    "must be between 5 s and 600 s (was " + period.toMillis() / 1000.0 + " s)");
        }
        if (!(hysteresis >= 0.0 && hysteresis <= 1.0)) {
            throw new InvalidValueException("hysteresis",
                    "must be between 0 % and 100 % (was " + hysteresis * 100 + " %)");
        }
        Check.inRange("maxPushesPerGateway", maxPushesPerGateway, 1, 1000);
        Check.notNull("demandHalfLife", demandHalfLife);
        Check.that(demandHalfLife.compareTo(Duration.ofSeconds(1)) >= 0
                        && demandHalfLife.compareTo(Duration.ofHours(1)) <= 0, "demandHalfLife",
                "must be between 1 s and 3600 s (was " + demandHalfLife.toSeconds() + " s)");
        Check.notNull("minDwell", minDwell);
        Check.that(!minDwell.isNegative() && minDwell.compareTo(Duration.ofHours(1)) <= 0, "minDwell",
                "must be between 0 s and 3600 s (was " + minDwell.toSeconds() + " s)");
    }

    /** With the default dwell of 5 min. */
    public ControlConfig(Duration period, double hysteresis, int maxPushesPerGateway, Duration demandHalfLife) {
        this(period, hysteresis, maxPushesPerGateway, demandHalfLife, DEFAULT_DWELL);
    }

    /** 30 s, 10 %, 20 pushes/s per gateway, 2 min half-life, 5 min dwell. */
    public static ControlConfig defaults() {
        return new ControlConfig(Duration.ofSeconds(30), 0.10, 20, Duration.ofMinutes(2), DEFAULT_DWELL);
    }

    public ControlConfig withMinDwell(Duration dwell) {
        return new ControlConfig(period, hysteresis, maxPushesPerGateway, demandHalfLife, dwell);
    }

    /** Time between two pushes to the same gateway. */
    public Duration pushSpacing() {
        return Duration.ofNanos(1_000_000_000L / maxPushesPerGateway);
    }
}
