package id.pita.engine.uplink;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;
import id.pita.core.uplink.UplinkEstimate;
import id.pita.core.uplink.UplinkEstimator;
import id.pita.core.uplink.UplinkSample;
import id.pita.core.uplink.UplinkState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The uplink as the control loop and the people see it: SNMP readings go into an {@link UplinkEstimator}, and
 * {@link #get()} is what the next round plans on. The rule for a silent agent (a dead agent is not a dead link):
 * the last estimate is kept for {@code staleAfter} after the last answer, then the plan goes back to the contracted
 * pool and {@link #status()} says {@link UplinkStatus.Reading#UNKNOWN} (a warning on {@code /health}) until the
 * agent answers again. Before the first answer the contracted pool applies. A change of the contracted capacity (a
 * district edit) restarts the estimator at the new value. Thread-safe: readings arrive on the SNMP thread, the loop
 * and the web read.
 */
public final class UplinkMonitor implements Supplier<UplinkState> {
    private static final Logger LOG = LoggerFactory.getLogger(UplinkMonitor.class);

    private final boolean configured;
    private final Supplier<Bandwidth> contracted;
    private final Clock clock;
    private final Duration staleAfter;
    private final UplinkEstimator.Config config;
    private final Instant started;
    private volatile Supplier<Bandwidth> offered = () -> null;
    private UplinkEstimator estimator;
    private UplinkEstimate last;
    private Instant lastAnswer;
    private String lastError;
    private Bandwidth lastOffered;
    private boolean wasUnknown;
    private boolean wasDegraded;

    private UplinkMonitor(boolean configured, Supplier<Bandwidth> contracted, Clock clock, Duration staleAfter,
                          UplinkEstimator.Config config) {
        this.configured = configured;
        this.contracted = Check.notNull("contracted", contracted);
        this.clock = Check.notNull("clock", clock);
        this.staleAfter = Check.notNull("staleAfter", staleAfter);
        Check.that(!staleAfter.isNegative() && !staleAfter.isZero(), "staleAfter", "must be positive");
        this.config = Check.notNull("config", config);
        this.started = clock.instant();
    }

    /** Fed by a poller. @param contracted the district's contracted pool, read at each reading */
    public static UplinkMonitor measuring(Supplier<Bandwidth> contracted, Clock clock, Duration staleAfter,
                                          UplinkEstimator.Config config) {
        return new UplinkMonitor(true, contracted, clock, staleAfter, config);
    }

    /** No SNMP configured: always the contracted pool. */
    public static UplinkMonitor notMeasured(Supplier<Bandwidth> contracted, Clock clock) {
        return new UplinkMonitor(false, contracted, clock, Duration.ofDays(1), UplinkEstimator.Config.DEFAULT);
    }

    /**
     * What Pita offers the link now (e.g. the latest plan's total; null: unknown), attached to each reading that does
     * not say it itself, so the estimator can tell a saturated link ({@link UplinkEstimator.Saturation}). Unset, no
     * saturation is inferred. Must return at once.
     */
    public UplinkMonitor offeredBy(Supplier<Bandwidth> source) {
        this.offered = Check.notNull("source", source);
        return this;
    }

    /** An answer from the agent. */
    public synchronized UplinkEstimate offer(UplinkSample sample) {
        if (sample.offered() == null) {
            sample = sample.withOffered(offered.get());
        }
        var c = contracted.get();
        if (estimator == null || !estimator.contracted().equals(c)) {
            if (estimator != null) {
                LOG.info("Contracted uplink changed to {}: the uplink estimate starts again", c);
            }
            estimator = new UplinkEstimator(c, config, sample.at());
        }
        boolean wasUp = last == null || last.up();
        last = estimator.offer(sample);
        lastOffered = sample.offered();
        lastAnswer = sample.at();
        lastError = null;
        if (wasUnknown) {
            wasUnknown = false;
            LOG.info("Uplink SNMP agent answers again: planning on the measured uplink");
        }
        if (wasUp != last.up()) {
            LOG.warn("Uplink {} (ifOperStatus); the plan uses {}", last.up() ? "up" : "DOWN", last.effective());
        }
        logDegraded(status());
        return last;
    }

    /** A poll that got no usable answer (timeout, SNMP error, an interface that is not there). */
    public synchronized void failed(String reason) {
        lastError = reason;
        var s = status();
        if (s.reading() == UplinkStatus.Reading.UNKNOWN && !wasUnknown) {
            wasUnknown = true;
            LOG.warn("Uplink SNMP agent silent for over {} s ({}): planning on the contracted pool until it answers",
                    staleAfter.toSeconds(), reason);
        }
    }

    /** What the next round plans on. */
    @Override
    public UplinkState get() {
        var s = status();
        return s.reading() == UplinkStatus.Reading.MEASURED ? new UplinkState(s.mainUp(), s.effective())
                : UplinkState.NOMINAL;
    }

    public synchronized UplinkStatus status() {
        var now = clock.instant();
        var c = contracted.get();
        var error = Optional.ofNullable(lastError);
        var answered = Optional.ofNullable(lastAnswer);
        if (!configured) {
            return new UplinkStatus(UplinkStatus.Reading.NOT_MEASURED, c, c, true, started, Bandwidth.ZERO,
                    answered, error);
        }
        var reference = lastAnswer != null ? lastAnswer : started;
        if (Duration.between(reference, now).compareTo(staleAfter) > 0) {
            return new UplinkStatus(UplinkStatus.Reading.UNKNOWN, c, c, true, reference.plus(staleAfter),
                    Bandwidth.ZERO, answered, error);
        }
        if (last == null || !estimator.contracted().equals(c)) {
            return new UplinkStatus(UplinkStatus.Reading.WAITING, c, c, true, started, Bandwidth.ZERO, answered,
                    error);
        }
        return new UplinkStatus(UplinkStatus.Reading.MEASURED, c, last.effective(), last.up(), last.since(),
                last.carried(), answered, error);
    }

    /**
     * What a round plans on with the backup link measured as well: the main link's state, with the backup's usable
     * capacity while its agent answers (0 while its interface is down), else the backup as configured.
     */
    public static Supplier<UplinkState> withBackup(UplinkMonitor main, UplinkMonitor backup) {
        return () -> {
            var state = main.get();
            var b = backup.status();
            if (b.reading() != UplinkStatus.Reading.MEASURED || !state.measured()) {
                return state;
            }
            return state.withBackup(b.mainUp() ? b.effective() : Bandwidth.ZERO);
        };
    }

    /**
     * What the last reading was told Pita offered the link ({@link #offeredBy}); empty before the first reading, when
     * no source is set or it did not know (then that reading inferred no saturation).
     */
    public synchronized Optional<Bandwidth> lastOffered() {
        return Optional.ofNullable(lastOffered);
    }

    /** Whether a poller feeds this monitor. */
    public boolean configured() {
        return configured;
    }

    private void logDegraded(UplinkStatus s) {
        if (s.degraded() != wasDegraded) {
            wasDegraded = s.degraded();
            if (wasDegraded) {
                LOG.warn("Uplink below contract: {} of {} since {}", s.effective(), s.contracted(), s.since());
            } else {
                LOG.info("Uplink back at the contracted {}", s.contracted());
            }
        }
    }
}
