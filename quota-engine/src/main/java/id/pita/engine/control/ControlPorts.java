package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.uplink.UplinkState;
import id.pita.engine.access.DailyUsage;
import java.util.function.Supplier;

/**
 * What the control loop reaches outside itself; the integrator adapts the store and the CoA client.
 *
 * @param sessions online sessions and boosts (store)
 * @param usage    today's use per device (store; the same port the access policy uses)
 * @param plans    where each plan goes ({@link LivePlan} for the access policy and console)
 * @param pusher   CoA/Disconnect client
 * @param ledger   push log and last-pushed rate (store)
 * @param uplink   the main uplink as measured now, read once per round (an
 *                 {@link id.pita.engine.uplink.UplinkMonitor}; {@link UplinkState#NOMINAL}: the contracted pool)
 */
public record ControlPorts(SessionSource sessions, DailyUsage usage, PlanSink plans, Pusher pusher,
                           PushLedger ledger, Supplier<UplinkState> uplink) {
    /** Nothing measures the uplink: every round plans on the contracted pool. */
    public ControlPorts(SessionSource sessions, DailyUsage usage, PlanSink plans, Pusher pusher, PushLedger ledger) {
        this(sessions, usage, plans, pusher, ledger, () -> UplinkState.NOMINAL);
    }

    public ControlPorts {
        Check.notNull("uplink", uplink);
        Check.notNull("sessions", sessions);
        Check.notNull("usage", usage);
        Check.notNull("plans", plans);
        Check.notNull("pusher", pusher);
        Check.notNull("ledger", ledger);
    }
}
