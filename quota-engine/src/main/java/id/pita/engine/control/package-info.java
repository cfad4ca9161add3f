/**
 * The control loop (ARCHITECTURE §3): every period and at every regime boundary it reads the
 * calendar, estimates demand from accounting counters, plans the pool with the allocator, publishes
 * the plan for the access policy and the console, and pushes to the gateways only the rates that
 * moved beyond a hysteresis, plus disconnects for closed hotspots and spent quotas. The planning step
 * ({@link id.pita.engine.control.Planner}) is a pure function; {@link id.pita.engine.control.ControlLoop}
 * is a thin scheduler around it. Everything outside (store, CoA client) is reached through the small
 * ports defined here, so the loop runs against fakes in tests.
 */
package id.pita.engine.control;
