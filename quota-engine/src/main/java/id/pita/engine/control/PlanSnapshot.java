package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.allocation.Allocation;
import id.pita.core.calendar.RegimeState;
import java.time.Instant;
import java.util.Map;

/**
 * One round's plan as published.
 *
 * @param onlineBySite sessions online per site code when the plan was made
 */
public record PlanSnapshot(Instant at, RegimeState regime, Allocation allocation, Map<String, Integer> onlineBySite) {
    public PlanSnapshot {
        Check.notNull("at", at);
        Check.notNull("regime", regime);
        Check.notNull("allocation", allocation);
        onlineBySite = Map.copyOf(onlineBySite);
    }
}
