package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.allocation.Allocation;
import id.pita.core.allocation.AllocationInput;
import id.pita.core.calendar.Regime;
import id.pita.core.calendar.RegimeState;
import id.pita.core.district.District;
import id.pita.engine.access.RegimeSource;
import id.pita.engine.metrics.CounterFamily;
import id.pita.engine.metrics.EngineMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin scheduler around {@link Planner}: runs a round now, then every period, and brings the
 * next round forward to the next regime boundary when that comes first, so that 16:00 switches the
 * pool at 16:00 and not up to a period later. Each round schedules the next one, so rounds never
 * overlap even on a multi-threaded executor. Pushes to one gateway are spaced by
 * {@link ControlConfig#pushSpacing()}, across rounds. A failing round is logged and the schedule goes on.
 * Thread-safe: round state is confined to the executor; push completions touch only
 * {@link PushTracker}.
 */
public final class ControlLoop {
    private static final Logger LOG = LoggerFactory.getLogger(ControlLoop.class);

    private final ControlConfig config;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final RegimeSource regimes;
    private final ControlPorts ports;
    private final Planner planner;
    private final RoundInputs inputs;
    private final PushTracker tracker;
    private final Supplier<District> district;
    private final CounterFamily pushesByReason;
    private final Map<String, Instant> nextSlot = new HashMap<>();
    private volatile boolean running;
    private volatile ScheduledFuture<?> next;
    private Regime lastRegime;
    private String lastTier = "CONTRACTED";
    /** The boundary the last round's regime ran until (executor-confined). */
    private Instant expectedBoundary;
    /** The latest regime boundary a round has passed (executor-confined). */
    private Instant boundaryTaken;
    private boolean steppedBack;

    /** @param allocator {@code Allocator::allocate} in production */
    public ControlLoop(ControlConfig config, Clock clock, ScheduledExecutorService executor,
                       Supplier<District> district, RegimeSource regimes, ControlPorts ports,
                       Function<AllocationInput, Allocation> allocator) {
        this(config, clock, executor, district, regimes, ports, allocator, new EngineMetrics());
    }

    /** @param metrics where {@code pita_control_pushes_total{reason,gateway}} is counted */
    public ControlLoop(ControlConfig config, Clock clock, ScheduledExecutorService executor,
                       Supplier<District> district, RegimeSource regimes, ControlPorts ports,
                       Function<AllocationInput, Allocation> allocator, EngineMetrics metrics) {
        this(config, clock, executor, district, regimes, ports, allocator, metrics,
                new DemandEstimator(Check.notNull("config", config).demandHalfLife()));
    }

    /** With another demand model: tests compare estimators through the same loop. */
    ControlLoop(ControlConfig config, Clock clock, ScheduledExecutorService executor,
                Supplier<District> district, RegimeSource regimes, ControlPorts ports,
                Function<AllocationInput, Allocation> allocator, EngineMetrics metrics, DemandModel demand) {
        this.config = Check.notNull("config", config);
        this.clock = Check.notNull("clock", clock);
        this.executor = Check.notNull("executor", executor);
        this.regimes = Check.notNull("regimes", regimes);
        this.ports = Check.notNull("ports", ports);
        this.district = Check.notNull("district", district);
        this.pushesByReason = Check.notNull("metrics", metrics).controlPushes();
        this.planner = new Planner(allocator, config.hysteresis(), config.minDwell());
        this.tracker = new PushTracker(ports.pusher(), ports.ledger(), clock,
                (push, result) -> CoaFallback.after(push, result, district.get()),
                push -> pushesByReason.inc(push.pushReason().label(), push.gatewayId()));
        this.inputs = new RoundInputs(district, ports, Check.notNull("demand", demand), tracker);
    }

    /** Runs the first round at once on the executor. */
    public synchronized void start() {
        Check.that(!running, "controlLoop", "is already running");
        running = true;
        next = executor.schedule(this::round, 0, TimeUnit.MILLISECONDS);
        LOG.info("Control loop started: period {} s, hysteresis {} %, dwell {} s, {} pushes/s per gateway",
                config.period().toSeconds(), Math.round(config.hysteresis() * 100), config.minDwell().toSeconds(),
                config.maxPushesPerGateway());
    }

    /** Stops scheduling rounds; pushes already sent complete on their own. */
    public synchronized void stop() {
        running = false;
        var pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
        LOG.info("Control loop stopped");
    }

    /** Sessions with a push still unanswered. */
    public int pushesInFlight() {
        return tracker.inFlight().size();
    }

    private void round() {
        if (!running) {
            return;
        }
        var started = clock.instant();
        RegimeState state = null;
        try {
            state = regimes.at(regimeTime(started));
            expectedBoundary = state.nextBoundary().orElse(null);
            runRound(started, state);
        } catch (RuntimeException e) {
            LOG.error("Control round at {} failed; the next one runs as scheduled", started, e);
        }
        scheduleNext(started, state);
    }

    /**
     * The instant whose regime this round applies: {@code now}, unless the clock stepped back (an NTP
     * correction) before a boundary a round already passed; then that boundary, so that the boundary is not
     * undone and taken a second time, and no round of pushes back and forth follows. The regime then holds
     * until the clock passes the boundary again.
     */
    private Instant regimeTime(Instant now) {
        if (expectedBoundary != null && !now.isBefore(expectedBoundary)
                && (boundaryTaken == null || expectedBoundary.isAfter(boundaryTaken))) {
            boundaryTaken = expectedBoundary;
        }
        if (boundaryTaken != null && now.isBefore(boundaryTaken)) {
            if (!steppedBack) {
                steppedBack = true;
                LOG.warn("Clock stepped back to {}, before the regime boundary {} already taken: keeping regime {} "
                        + "until the clock passes it again", now, boundaryTaken, lastRegime);
            }
            return boundaryTaken;
        }
        steppedBack = false;
        return now;
    }

    private void runRound(Instant now, RegimeState state) {
        if (state.regime() != lastRegime) {
            LOG.info("Regime {} ({}) until {}", state.regime(), state.note(), state.nextBoundary().orElse(null));
            lastRegime = state.regime();
        }
        var input = inputs.build(now, state);
        var decision = planner.plan(input);
        var tier = Planner.tierState(input);
        if (!tier.equals(lastTier)) {
            LOG.info("Uplink tier {} (was {}): planning on {}", tier, lastTier, Planner.effectivePool(input));
            lastTier = tier;
        }
        ports.plans().publish(new PlanSnapshot(now, state, decision.allocation(), inputs.onlineBySite(input),
                Planner.effectivePool(input), tier));
        dispatch(now, decision.pushes(), decision.contexts());
    }

    /**
     * Queues each push at its gateway's next free slot. Slots carry over between rounds, so a long
     * queue from one round (a boundary with hundreds of sessions) is not overrun by the next.
     */
    private void dispatch(Instant now, List<Push> pushes, Map<String, PushContext> contexts) {
        var spacing = config.pushSpacing();
        for (var push : pushes) {
            var slot = nextSlot.getOrDefault(push.gatewayId(), now);
            if (slot.isBefore(now)) {
                slot = now;
            }
            nextSlot.put(push.gatewayId(), slot.plus(spacing));
            tracker.reserve(push, contexts.get(push.sessionKey()));
            pushesByReason.inc(push.pushReason().label(), push.gatewayId());
            executor.schedule(() -> tracker.send(push), Duration.between(now, slot).toNanos(), TimeUnit.NANOSECONDS);
        }
        if (!pushes.isEmpty()) {
            LOG.debug("Round queued {} pushes", pushes.size());
        }
    }

    private synchronized void scheduleNext(Instant started, RegimeState state) {
        if (!running) {
            return;
        }
        var due = nextRunAt(started, state, config.period());
        long delay = Math.max(0, Duration.between(clock.instant(), due).toNanos());
        next = executor.schedule(this::round, delay, TimeUnit.NANOSECONDS);
    }

    /** {@code min(started + period, nextBoundary)}; a boundary not after {@code started} is ignored. */
    static Instant nextRunAt(Instant started, RegimeState state, Duration period) {
        var byPeriod = started.plus(period);
        if (state == null || state.nextBoundary().isEmpty()) {
            return byPeriod;
        }
        var boundary = state.nextBoundary().get();
        return boundary.isAfter(started) && boundary.isBefore(byPeriod) ? boundary : byPeriod;
    }
}
