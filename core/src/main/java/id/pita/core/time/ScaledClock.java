package id.pita.core.time;

import id.pita.core.Check;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that runs {@code speed} times as fast as an underlying clock, starting from a chosen instant:
 * {@code instant() = simulatedStart + (base.now - base at construction) * speed}. At speed 144 a whole
 * simulated day passes in ten real minutes. Immutable and thread-safe if the base clock is.
 */
public final class ScaledClock extends Clock {
    private final Clock base;
    private final Instant simulatedStart;
    private final double speed;
    private final Instant baseStart;

    /**
     * @param speed how many simulated seconds pass per base second; positive and finite
     */
    public ScaledClock(Clock base, Instant simulatedStart, double speed) {
        this(Check.notNull("base", base), Check.notNull("simulatedStart", simulatedStart), speed,
                base.instant());
    }

    private ScaledClock(Clock base, Instant simulatedStart, double speed, Instant baseStart) {
        Check.that(Double.isFinite(speed) && speed > 0, "speed", "must be positive and finite (was " + speed + ")");
        this.base = base;
        this.simulatedStart = simulatedStart;
        this.speed = speed;
        this.baseStart = baseStart;
    }

    public double speed() {
        return speed;
    }

    public Instant simulatedStart() {
        return simulatedStart;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** The same simulated time line (same origin on the base clock) seen in another zone. */
    @Override
    public ScaledClock withZone(ZoneId zone) {
        Check.notNull("zone", zone);
        return zone.equals(getZone()) ? this : new ScaledClock(base.withZone(zone), simulatedStart, speed, baseStart);
    }

    @Override
    public Instant instant() {
        return simulatedStart.plus(scale(Duration.between(baseStart, base.instant())));
    }

    private Duration scale(Duration elapsed) {
        if (speed == Math.rint(speed) && speed <= Integer.MAX_VALUE) {
            return elapsed.multipliedBy((long) speed); // exact for whole speeds such as 144
        }
        // toNanos() overflows only after 292 years of base time.
        return Duration.ofNanos(Math.round(elapsed.toNanos() * speed));
    }

    @Override
    public String toString() {
        return "ScaledClock[x" + speed + " from " + simulatedStart + " on " + base + "]";
    }
}
