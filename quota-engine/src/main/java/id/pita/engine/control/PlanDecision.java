package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.allocation.Allocation;
import java.util.List;

/**
 * A round's result: the plan, and the pushes to send in this order (disconnects first, then rate
 * decreases that free capacity, then increases that use it).
 */
public record PlanDecision(Allocation allocation, List<Push> pushes) {
    public PlanDecision {
        Check.notNull("allocation", allocation);
        Check.noNulls("pushes", pushes);
        pushes = List.copyOf(pushes);
    }
}
