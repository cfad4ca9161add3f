package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link DemandEstimator} as it was before its per-session state was packed into primitive fields (boxed
 * {@link Instant}s, {@link Bandwidth}s and a {@code double[]} per session): the reference that
 * {@code DemandEstimatorPackedTest} holds the packed one to, answer for answer.
 */
final class BoxedDemandEstimator {
    private final double halfLifeSeconds;
    private final Map<String, Track> tracks = new HashMap<>();

    BoxedDemandEstimator(Duration halfLife) {
        Check.notNull("halfLife", halfLife);
        Check.that(!halfLife.isNegative() && !halfLife.isZero(), "halfLife", "must be positive");
        this.halfLifeSeconds = halfLife.toMillis() / 1000.0;
    }

    void observe(String sessionKey, long downloadBytes, long uploadBytes, Instant at) {
        var t = tracks.computeIfAbsent(sessionKey, k -> new Track());
        if (t.at == null || downloadBytes < t.down || uploadBytes < t.up) {
            // first sample, or the counters went back (a restarted gateway): a new baseline
            t.baseline(downloadBytes, uploadBytes, at);
            return;
        }
        double dt = Duration.between(t.at, at).toMillis() / 1000.0;
        if (dt <= 0) {
            return;
        }
        boolean clean = t.cleanFrom == null || !t.at.isBefore(t.cleanFrom);
        if (clean) {
            double down = (downloadBytes - t.down) * 8 / dt;
            double up = (uploadBytes - t.up) * 8 / dt;
            t.measured = t.measured == null ? new double[] {down, up}
                    : blend(t.measured, down, up, 1 - Math.pow(2, -dt / halfLifeSeconds));
            t.demand = new Bandwidth(DemandEstimator.demand(t.measured[0], t.limit.down()),
                    DemandEstimator.demand(t.measured[1], t.limit.up()));
            t.draw = new Bandwidth(Math.round(down), Math.round(up));
        }
        t.baseline(downloadBytes, uploadBytes, at);
    }

    void limitedTo(String sessionKey, Bandwidth limit, Instant since) {
        Check.notNull("limit", limit);
        var t = tracks.computeIfAbsent(sessionKey, k -> new Track());
        if (!limit.equals(t.limit)) {
            t.limit = limit;
            t.cleanFrom = since;
            t.measured = null;
        }
    }

    Optional<Bandwidth> estimate(String sessionKey) {
        var t = tracks.get(sessionKey);
        return t == null ? Optional.empty() : Optional.ofNullable(t.demand);
    }

    Optional<Bandwidth> drawing(String sessionKey) {
        var t = tracks.get(sessionKey);
        return t == null ? Optional.empty() : Optional.ofNullable(t.draw);
    }

    void retainOnly(Set<String> onlineKeys) {
        tracks.keySet().retainAll(onlineKeys);
    }

    private static double[] blend(double[] old, double down, double up, double alpha) {
        return new double[] {old[0] + alpha * (down - old[0]), old[1] + alpha * (up - old[1])};
    }

    /** One session's counters, limit and estimate. */
    private static final class Track {
        long down;
        long up;
        Instant at;
        Bandwidth limit = Bandwidth.ZERO;
        /** Samples that begin before this were taken (partly) under an older limit. */
        Instant cleanFrom;
        double[] measured;
        Bandwidth demand;
        Bandwidth draw;

        void baseline(long downloadBytes, long uploadBytes, Instant when) {
            down = downloadBytes;
            up = uploadBytes;
            at = when;
        }
    }
}
