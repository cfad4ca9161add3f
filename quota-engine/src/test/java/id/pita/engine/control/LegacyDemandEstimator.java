package id.pita.engine.control;

import id.pita.core.district.Bandwidth;
import id.pita.core.session.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The estimator Pita had before issue 9, kept as a test double so that the convergence properties can be
 * shown to fail on it: an EWMA of the measured rate, and a session measured at 80 % or more of its limit
 * taken to want twice that limit, re-decided every round with no memory of the probe.
 */
final class LegacyDemandEstimator implements DemandModel {
    private static final double SATURATION = 0.8;
    private static final long PROBE_FACTOR = 2;
    private final double halfLifeSeconds;
    private final Map<String, double[]> estimates = new HashMap<>();
    private final Map<String, long[]> counters = new HashMap<>();
    private final Map<String, Instant> at = new HashMap<>();
    private final Map<String, Bandwidth> limits = new HashMap<>();

    LegacyDemandEstimator(Duration halfLife) {
        this.halfLifeSeconds = halfLife.toMillis() / 1000.0;
    }

    @Override
    public void limitedTo(String key, Bandwidth limit, Instant since) {
        limits.put(key, limit);
    }

    @Override
    public void observe(Session s) {
        var key = s.key();
        var previous = counters.get(key);
        if (previous == null || s.downloadBytes() < previous[0] || s.uploadBytes() < previous[1]) {
            counters.put(key, new long[] {s.downloadBytes(), s.uploadBytes()});
            at.put(key, s.lastUpdate());
            return;
        }
        double dt = Duration.between(at.get(key), s.lastUpdate()).toMillis() / 1000.0;
        if (dt <= 0) {
            return;
        }
        double down = (s.downloadBytes() - previous[0]) * 8 / dt;
        double up = (s.uploadBytes() - previous[1]) * 8 / dt;
        var old = estimates.get(key);
        double alpha = 1 - Math.pow(2, -dt / halfLifeSeconds);
        estimates.put(key, old == null ? new double[] {down, up}
                : new double[] {old[0] + alpha * (down - old[0]), old[1] + alpha * (up - old[1])});
        counters.put(key, new long[] {s.downloadBytes(), s.uploadBytes()});
        at.put(key, s.lastUpdate());
    }

    @Override
    public Optional<Bandwidth> estimate(String key) {
        var e = estimates.get(key);
        if (e == null) {
            return Optional.empty();
        }
        var limit = limits.getOrDefault(key, Bandwidth.ZERO);
        return Optional.of(new Bandwidth(demand(e[0], limit.down()), demand(e[1], limit.up())));
    }

    private static long demand(double measured, long limit) {
        var rate = Math.round(measured);
        return limit > 0 && measured >= SATURATION * limit ? Math.max(rate, PROBE_FACTOR * limit) : rate;
    }

    @Override
    public void retainOnly(Set<String> onlineKeys) {
        estimates.keySet().retainAll(onlineKeys);
        counters.keySet().retainAll(onlineKeys);
        at.keySet().retainAll(onlineKeys);
        limits.keySet().retainAll(onlineKeys);
    }
}
