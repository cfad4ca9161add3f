package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.engine.access.DailyUsage;

/**
 * What the control loop reaches outside itself; the integrator adapts the store and the CoA client.
 *
 * @param sessions online sessions and boosts (store)
 * @param usage    today's use per device (store; the same port the access policy uses)
 * @param plans    where each plan goes ({@link LivePlan} for the access policy and console)
 * @param pusher   CoA/Disconnect client
 * @param ledger   push log and last-pushed rate (store)
 */
public record ControlPorts(SessionSource sessions, DailyUsage usage, PlanSink plans, Pusher pusher,
                           PushLedger ledger) {
    public ControlPorts {
        Check.notNull("sessions", sessions);
        Check.notNull("usage", usage);
        Check.notNull("plans", plans);
        Check.notNull("pusher", pusher);
        Check.notNull("ledger", ledger);
    }
}
