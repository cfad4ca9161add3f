package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.allocation.Allocation;
import java.util.List;
import java.util.Map;

/**
 * A round's result: the plan, and the pushes to send in this order (disconnects first, then rate
 * decreases that free capacity, then increases that use it), with the context each session's push was
 * decided under (see {@link PushContext}).
 */
public record PlanDecision(Allocation allocation, List<Push> pushes, Map<String, PushContext> contexts) {
    public PlanDecision {
        Check.notNull("allocation", allocation);
        Check.noNulls("pushes", pushes);
        pushes = List.copyOf(pushes);
        contexts = Map.copyOf(contexts);
    }

    public PlanDecision(Allocation allocation, List<Push> pushes) {
        this(allocation, pushes, Map.of());
    }
}
