package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.calendar.Regime;
import java.util.Set;

/**
 * What, besides demand, a session's rate was decided under: the regime, the active boosts, the district as
 * edited, and whether the session was throttled for its quota. When this differs from the context of the
 * session's last push, the new push is not demand-driven and goes out at once.
 *
 * @param boosts       ids of the approved boosts active at the time
 * @param districtHash {@link Object#hashCode()} of the district record (changes with any edit)
 */
public record PushContext(Regime regime, Set<Long> boosts, int districtHash, boolean throttled) {
    public PushContext {
        Check.notNull("regime", regime);
        boosts = Set.copyOf(boosts);
    }

    PushContext throttled(boolean value) {
        return value == throttled ? this : new PushContext(regime, boosts, districtHash, value);
    }

    /** The reason a push decided under {@code this} has, when the last push was decided under {@code last}. */
    PushReason reasonSince(PushContext last) {
        if (last == null) {
            return PushReason.DEMAND;
        }
        if (throttled != last.throttled) {
            return PushReason.QUOTA;
        }
        if (regime != last.regime) {
            return PushReason.REGIME;
        }
        if (!boosts.equals(last.boosts)) {
            return PushReason.BOOST;
        }
        return districtHash != last.districtHash ? PushReason.POLICY : PushReason.DEMAND;
    }
}
