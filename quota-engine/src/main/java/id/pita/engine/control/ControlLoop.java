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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
    private final CoaPeers peers;
    private final Supplier<District> district;
    private final CounterFamily pushesByReason;
    private final Map<String, Instant> nextSlot = new HashMap<>();
    /** Gateways without CoA whose skipped pushes were logged (executor-confined). */
    private final java.util.Set<String> noCoaLogged = new java.util.HashSet<>();
    private volatile boolean running;
    private volatile BooleanSupplier leading = () -> true;
    private volatile ScheduledFuture<?> next;
    private Regime lastRegime;
    private String lastTier = "CONTRACTED";
    /** The boundary the last round's regime ran until (executor-confined). */
    private Instant expectedBoundary;
    /** The latest regime boundary a round has passed (executor-confined). */
    private Instant boundaryTaken;
    /** Round-duration bounds, seconds: a small district's milliseconds to a large one's seconds. */
    private static final double[] ROUND_BOUNDS = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private final id.pita.engine.metrics.Histogram roundSeconds;
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

    /** @param peerConfig how a gateway whose CoA port does not answer is treated ({@link CoaPeers}) */
    public ControlLoop(ControlConfig config, PeerConfig peerConfig, Clock clock, ScheduledExecutorService executor,
                       Supplier<District> district, RegimeSource regimes, ControlPorts ports,
                       Function<AllocationInput, Allocation> allocator, EngineMetrics metrics) {
        this(config, clock, executor, district, regimes, ports, allocator, metrics,
                new DemandEstimator(Check.notNull("config", config).demandHalfLife()), peerConfig);
    }

    /** With another demand model: tests compare estimators through the same loop. */
    ControlLoop(ControlConfig config, Clock clock, ScheduledExecutorService executor,
                Supplier<District> district, RegimeSource regimes, ControlPorts ports,
                Function<AllocationInput, Allocation> allocator, EngineMetrics metrics, DemandModel demand) {
        this(config, clock, executor, district, regimes, ports, allocator, metrics, demand, PeerConfig.defaults());
    }

    private ControlLoop(ControlConfig config, Clock clock, ScheduledExecutorService executor,
                        Supplier<District> district, RegimeSource regimes, ControlPorts ports,
                        Function<AllocationInput, Allocation> allocator, EngineMetrics metrics, DemandModel demand,
                        PeerConfig peerConfig) {
        this.peers = new CoaPeers(Check.notNull("peerConfig", peerConfig));
        this.config = Check.notNull("config", config);
        this.clock = Check.notNull("clock", clock);
        this.executor = Check.notNull("executor", executor);
        this.regimes = Check.notNull("regimes", regimes);
        this.ports = Check.notNull("ports", ports);
        this.district = Check.notNull("district", district);
        this.pushesByReason = Check.notNull("metrics", metrics).controlPushes();
        this.roundSeconds = metrics.histogram("pita_control_round_seconds",
                "Time of one control round on the leader: reading its inputs from the store, planning, publishing "
                        + "the plan and queueing the pushes.", ROUND_BOUNDS);
        this.planner = new Planner(allocator, config.hysteresis(), config.minDwell());
        this.tracker = new PushTracker(ports.pusher(), ports.ledger(), clock,
                (push, result) -> CoaFallback.after(push, result, district.get()),
                push -> pushesByReason.inc(push.pushReason().label(), push.gatewayId()), peers,
                gatewayId -> executor.execute(() -> release(gatewayId)));
        this.inputs = new RoundInputs(district, ports, Check.notNull("demand", demand), tracker, config.period());
    }

    /**
     * Plans and pushes only while {@code leading} says this node leads (several nodes on one database: exactly one
     * runs the loop); a follower's round does nothing but schedule the next, so that it starts planning within a
     * period of taking over. What the gateways have is read from the store each round, so a new leader pushes
     * only what differs from the rates its predecessor had acknowledged. Call before {@link #start}.
     */
    public ControlLoop ledBy(BooleanSupplier leading) {
        this.leading = Check.notNull("leading", leading);
        return this;
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

    /**
     * Gateways whose CoA port has stopped answering at least once since the start: reachable again or not, since
     * when, and how many pushes are held for them (one per session).
     */
    public List<PeerStatus> coaPeers() {
        return peers.status().stream().map(p -> new PeerStatus(p.gatewayId(), p.reachable(), p.since(), p.held(),
                p.outages(), p.heldDropped())).toList();
    }

    /**
     * A gateway's CoA state.
     *
     * @param since       when it last became unreachable or reachable again
     * @param held        pushes held for it now (latest per session)
     * @param outages     times it became unreachable
     * @param heldDropped pushes not held because {@link PeerConfig#maxHeld()} was reached
     */
    public record PeerStatus(String gatewayId, boolean reachable, Instant since, int held, long outages,
                             long heldDropped) {
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
        if (!leading.getAsBoolean()) {
            scheduleNext(started, null);
            return;
        }
        try {
            state = regimes.at(regimeTime(started));
            expectedBoundary = state.nextBoundary().orElse(null);
            long t0 = System.nanoTime();
            runRound(started, state);
            roundSeconds.observeNanos(System.nanoTime() - t0);
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
        long t0 = System.nanoTime();
        var input = inputs.build(now, state);
        long t1 = System.nanoTime();
        var decision = planner.plan(input);
        long t2 = System.nanoTime();
        var tier = Planner.tierState(input);
        if (!tier.equals(lastTier)) {
            LOG.info("Uplink tier {} (was {}): planning on {}", tier, lastTier, Planner.effectivePool(input));
            lastTier = tier;
        }
        ports.plans().publish(new PlanSnapshot(now, state, decision.allocation(), inputs.onlineBySite(input),
                Planner.effectivePool(input), tier, input.offered(decision.allocation())));
        long t3 = System.nanoTime();
        int queued = dispatch(now, decision.pushes(), decision.contexts());
        long t4 = System.nanoTime();
        long read = inputs.readNanos();
        if (Duration.ofNanos(t4 - t0).compareTo(config.period()) > 0) {
            LOG.warn("Control round took {} ms over {} sessions, longer than its period of {} s: store reads {} ms, "
                    + "other inputs {} ms, plan {} ms, publish {} ms, {} pushes planned, {} queued in {} ms", ms(t4 - t0),
                    input.sessions().size(), config.period().toSeconds(), ms(read), ms(t1 - t0 - read), ms(t2 - t1),
                    ms(t3 - t2), decision.pushes().size(), queued, ms(t4 - t3));
        } else if (LOG.isDebugEnabled()) {
            // scripts/bench/scale reads these lines
            LOG.debug("Control round took {} ms over {} sessions: store reads {} ms, other inputs {} ms, plan {} ms, "
                    + "publish {} ms, {} pushes planned, {} queued in {} ms", ms(t4 - t0), input.sessions().size(),
                    ms(read), ms(t1 - t0 - read), ms(t2 - t1), ms(t3 - t2), decision.pushes().size(), queued,
                    ms(t4 - t3));
        }
    }

    /** Milliseconds to 0.1 ms, as text. */
    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }

    /**
     * Queues each push at its gateway's next free slot. Slots carry over between rounds, so a long
     * queue from one round (a boundary with hundreds of sessions) is not overrun by the next.
     *
     * @return how many were queued or held (not those to gateways that take no CoA)
     */
    private int dispatch(Instant now, List<Push> pushes, Map<String, PushContext> contexts) {
        var unreachable = peers.unreachable();
        var held = new HashMap<String, List<Push>>();
        unreachable.forEach(gw -> held.put(gw, new ArrayList<>()));
        var d = district.get();
        int queued = 0;
        for (var push : pushes) {
            if (!takesCoa(d, push.gatewayId())) {
                continue;
            }
            queued++;
            var hold = held.get(push.gatewayId());
            if (hold != null) {
                hold.add(push);
            } else {
                send(now, push, contexts.get(push.sessionKey()), false);
            }
        }
        for (var e : held.entrySet()) {
            var probe = peers.hold(e.getKey(), e.getValue(), contexts, now);
            probe.ifPresent(p -> send(now, p.push(), p.context(), true));
        }
        return queued;
    }

    /**
     * Whether a push to the gateway can take effect: one without a CoA port (coaPort 0) or openNDS gets none, since it
     * could only fail (its sessions keep the rate of their log-in's Access-Accept). Before, every such session got a
     * push that ended as ERROR, counted in pita_control_pushes_total and stored as a push result, and raised the
     * COA_FAILING alert: in the soak, the rising push counter with no CoA at the gateways from minute 4 on was
     * this, the fuzz's office gateway (coaPort 0). Logged once per gateway. Executor-confined.
     */
    private boolean takesCoa(District d, String gatewayId) {
        var gateway = d.gateway(gatewayId);
        if (gateway.isEmpty() || gateway.get().takesCoa()) {
            return true; // an unknown gateway: the pusher says so in the push's result
        }
        if (noCoaLogged.add(gatewayId)) {
            LOG.info("Gateway {} takes no CoA ({}): its sessions keep the rate of their log-in, nothing is pushed",
                    gatewayId, gateway.get().coaPort() == 0 ? "coaPort 0" : gateway.get().vendor());
        }
        return false;
    }

    /** Queues one push at its gateway's next free slot. Executor-confined. */
    private void send(Instant now, Push push, PushContext context, boolean probe) {
        var slot = nextSlot.getOrDefault(push.gatewayId(), now);
        if (slot.isBefore(now)) {
            slot = now;
        }
        nextSlot.put(push.gatewayId(), slot.plus(config.pushSpacing()));
        tracker.reserve(push, context);
        pushesByReason.inc(push.pushReason().label(), push.gatewayId());
        Runnable task = probe ? () -> tracker.sendProbe(push) : () -> tracker.send(push);
        executor.schedule(task, Duration.between(now, slot).toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * A gateway answers again: what was held for it goes out once each, in order, paced like any other pushes;
     * a session that has a push in flight meanwhile (a round ran first) is skipped. Executor-confined.
     */
    private void release(String gatewayId) {
        if (!running) {
            return;
        }
        var now = clock.instant();
        var busy = tracker.busy();
        int n = 0;
        for (var h : peers.release(gatewayId)) {
            if (!busy.contains(h.push().sessionKey())) {
                send(now, h.push(), h.context(), false);
                n++;
            }
        }
        LOG.debug("Released {} held pushes to {}", n, gatewayId);
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
