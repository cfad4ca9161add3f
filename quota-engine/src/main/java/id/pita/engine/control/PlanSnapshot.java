package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.allocation.Allocation;
import id.pita.core.calendar.RegimeState;
import id.pita.core.district.Bandwidth;
import java.time.Instant;
import java.util.Map;

/**
 * One round's plan as published.
 *
 * @param onlineBySite sessions online per site code when the plan was made
 * @param pool         the pool this round planned on: the contracted one, min(contracted, measured) on the main
 *                     link, or the backup link's capacity while the main link is down
 * @param tier         the uplink's tier state: {@code CONTRACTED} (nothing measured), {@code FULL} (every guarantee
 *                     fits), {@code SHORT} (the tiers had to cut), {@code BACKUP} (main link down)
 * @param offered      what this plan offers the uplink: what the measured sessions draw, each capped by its rate
 *                     and its site's ({@link id.pita.core.uplink.OfferedDemand}); the uplink monitor compares it with
 *                     what the link carries to tell a saturated link from a quiet one
 */
public record PlanSnapshot(Instant at, RegimeState regime, Allocation allocation, Map<String, Integer> onlineBySite,
                           Bandwidth pool, String tier, Bandwidth offered) {
    public PlanSnapshot {
        Check.notNull("offered", offered);
        Check.notNull("at", at);
        Check.notNull("regime", regime);
        Check.notNull("allocation", allocation);
        Check.notNull("pool", pool);
        Check.notBlank("tier", tier);
        onlineBySite = Map.copyOf(onlineBySite);
    }
}
