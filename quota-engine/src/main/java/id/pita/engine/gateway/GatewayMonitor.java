package id.pita.engine.gateway;

import id.pita.core.Check;
import id.pita.core.session.GatewayActivity;
import id.pita.engine.metrics.EngineMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Each gateway's last activity, in memory (lock-free per event: the RADIUS hot path calls it per
 * packet) and flushed to the store in batches by whoever owns persistence ({@link #takeChanged}).
 * Times come from the injected clock. Thread-safe.
 */
public final class GatewayMonitor {
    private final Clock clock;
    private final Supplier<Duration> interimInterval;
    private final Map<String, GatewayState> states = new ConcurrentHashMap<>();

    /**
     * @param restored        rows loaded from the store at start
     * @param interimInterval the interval Pita gives sessions, the grace for "no accounting"
     */
    public GatewayMonitor(Clock clock, Collection<GatewayActivity> restored, Supplier<Duration> interimInterval) {
        this.clock = Check.notNull("clock", clock);
        this.interimInterval = Check.notNull("interimInterval", interimInterval);
        restored.forEach(a -> states.put(a.gatewayId(), GatewayState.of(a)));
    }

    /** Nothing restored, a 5-minute interim interval (tests and a server on its own). */
    public GatewayMonitor(Clock clock) {
        this(clock, List.of(), () -> Duration.ofMinutes(5));
    }

    private GatewayState state(String gatewayId) {
        return states.computeIfAbsent(gatewayId, GatewayState::new);
    }

    /** An authenticated Access-Request arrived. */
    public void accessRequest(String gatewayId) {
        state(gatewayId).accessRequest(clock.millis());
    }

    /** Pita answered an Access-Request from it with Access-Accept. */
    public void accepted(String gatewayId) {
        state(gatewayId).accept(clock.millis());
    }

    /** An authenticated Accounting-Request arrived. */
    public void accounting(String gatewayId) {
        state(gatewayId).accounting(clock.millis());
    }

    /** It acknowledged a CoA or Disconnect at {@code at}. */
    public void coaAcknowledged(String gatewayId, Instant at) {
        state(gatewayId).coaAck(at.toEpochMilli());
    }

    /** It sent an Access-Request without Message-Authenticator (accepted under its policy). */
    public void unsignedRequest(String gatewayId) {
        state(gatewayId).unsigned();
    }

    /** It sent a request with a valid Message-Authenticator. */
    public void signedRequest(String gatewayId) {
        state(gatewayId).signed();
    }

    /** Whether it has ever sent a valid Message-Authenticator (AUTO then requires one). */
    public boolean signs(String gatewayId) {
        var s = states.get(gatewayId);
        return s != null && s.signs();
    }

    /** One gateway's activity; {@link GatewayActivity#none} if never seen. */
    public GatewayActivity activity(String gatewayId) {
        var s = states.get(gatewayId);
        return s == null ? GatewayActivity.none(gatewayId) : s.snapshot();
    }

    /** Every gateway seen (or restored), by id. */
    public List<GatewayActivity> all() {
        return states.values().stream().map(GatewayState::snapshot)
                .sorted(java.util.Comparator.comparing(GatewayActivity::gatewayId)).toList();
    }

    /** The rows changed since the last call, for the store. */
    public List<GatewayActivity> takeChanged() {
        var out = new ArrayList<GatewayActivity>();
        for (var s : states.values()) {
            if (s.takeDirty()) {
                out.add(s.snapshot());
            }
        }
        return out;
    }

    /** Whether this gateway authenticates but sends no accounting, now. */
    public boolean authenticatesWithoutAccounting(String gatewayId) {
        return activity(gatewayId).authenticatesWithoutAccounting(clock.instant(), interimInterval.get());
    }

    /** Registers the per-gateway gauges and counters with {@code metrics}. */
    public void register(EngineMetrics metrics) {
        metrics.gauge("pita_gateway_last_access_request_timestamp_seconds",
                "When each gateway's last authenticated Access-Request arrived (Unix time).", "gateway",
                () -> times(GatewayActivity::lastAccessRequest));
        metrics.gauge("pita_gateway_last_accounting_timestamp_seconds",
                "When each gateway's last authenticated Accounting-Request arrived (Unix time).", "gateway",
                () -> times(GatewayActivity::lastAccounting));
        metrics.gauge("pita_gateway_last_coa_ack_timestamp_seconds",
                "When each gateway last acknowledged a CoA or Disconnect (Unix time).", "gateway",
                () -> times(GatewayActivity::lastCoaAck));
        metrics.gauge("pita_gateway_authenticates_without_accounting",
                "1 if the gateway was sent an Access-Accept over one interim interval ago and no accounting since.",
                "gateway", () -> all().stream().collect(Collectors.toMap(GatewayActivity::gatewayId,
                        a -> a.authenticatesWithoutAccounting(clock.instant(), interimInterval.get()) ? 1.0 : 0.0)));
        metrics.gauge("pita_gateway_unsigned_access_requests",
                "Access-Requests without Message-Authenticator accepted from each gateway (BlastRADIUS risk; "
                        + "RouterOS before 7.15).", "gateway", () -> all().stream().filter(a -> a.unsignedRequests() > 0)
                        .collect(Collectors.toMap(GatewayActivity::gatewayId, a -> (double) a.unsignedRequests())));
    }

    private Map<String, Double> times(Function<GatewayActivity, Optional<Instant>> field) {
        var out = new java.util.HashMap<String, Double>();
        for (var a : all()) {
            field.apply(a).ifPresent(t -> out.put(a.gatewayId(), t.toEpochMilli() / 1000.0));
        }
        return out;
    }
}
