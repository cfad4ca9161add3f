package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Site;
import id.pita.core.session.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demand from accounting (ARCHITECTURE §2): each session's measured rate per direction, from the
 * deltas of successive counters, smoothed by an exponentially weighted moving average whose weight
 * follows the time between samples: {@code alpha = 1 - 2^(-dt / halfLife)}, so irregular interim
 * updates weigh what they cover. The first rate measured is taken as is. A site's demand is the sum of
 * its sessions' estimates, capped at its ceiling; a session not measured yet, or a site with no
 * session, counts as the ceiling (no data yet: assume it wants all it may have).
 *
 * <p>A shaped session can never be measured above the rate it was given, so a measured rate near
 * that limit says only "at least this much". Such a session is saturated: its demand is taken as
 * {@value #PROBE_FACTOR} times its limit (capped later at its ceiling), so that the next plan offers it
 * more and its guarantee is restored, instead of the estimate chasing its own cap downwards.
 *
 * <p>Pure: time comes from the samples' own timestamps. Not thread-safe: confined to the loop.
 */
public final class DemandEstimator {
    /** Measured at or above this fraction of its limit, a session counts as saturated. */
    static final double SATURATION = 0.8;
    /** A saturated session's demand, as a multiple of its limit. */
    static final long PROBE_FACTOR = 2;
    private final double halfLifeSeconds;
    private final Map<String, State> states = new HashMap<>();
    private final Map<String, Bandwidth> limits = new HashMap<>();

    public DemandEstimator(Duration halfLife) {
        Check.notNull("halfLife", halfLife);
        Check.that(!halfLife.isNegative() && !halfLife.isZero(), "halfLife", "must be positive");
        this.halfLifeSeconds = halfLife.toMillis() / 1000.0;
    }

    /** Feeds one counter sample (download/upload bytes, client's view) taken at {@code at}. */
    public void observe(String sessionKey, long downloadBytes, long uploadBytes, Instant at) {
        var previous = states.get(sessionKey);
        if (previous == null || downloadBytes < previous.down || uploadBytes < previous.up) {
            // first sample, or the counters went back (a restarted gateway): a new baseline
            var keep = previous == null ? null : previous.estimate;
            states.put(sessionKey, new State(downloadBytes, uploadBytes, at, keep));
            return;
        }
        double dt = Duration.between(previous.at, at).toMillis() / 1000.0;
        if (dt <= 0) {
            return;
        }
        double down = (downloadBytes - previous.down) * 8 / dt;
        double up = (uploadBytes - previous.up) * 8 / dt;
        double[] next = previous.estimate == null ? new double[] {down, up}
                : blend(previous.estimate, down, up, 1 - Math.pow(2, -dt / halfLifeSeconds));
        states.put(sessionKey, new State(downloadBytes, uploadBytes, at, next));
    }

    /** Feeds a session's latest counters, stamped with its last accounting update. */
    public void observe(Session session) {
        observe(session.key(), session.downloadBytes(), session.uploadBytes(), session.lastUpdate());
    }

    /** The rate the session is currently shaped to (last acknowledged push or Accept); ZERO if unknown. */
    public void limitedTo(String sessionKey, Bandwidth limit) {
        limits.put(sessionKey, limit);
    }

    /**
     * The session's demand in bit/s: its smoothed rate, or {@value #PROBE_FACTOR} times its limit in a
     * direction where it is saturated. Empty until two samples have been seen.
     */
    public Optional<Bandwidth> estimate(String sessionKey) {
        var state = states.get(sessionKey);
        if (state == null || state.estimate == null) {
            return Optional.empty();
        }
        var limit = limits.getOrDefault(sessionKey, Bandwidth.ZERO);
        return Optional.of(new Bandwidth(demand(state.estimate[0], limit.down()),
                demand(state.estimate[1], limit.up())));
    }

    private static long demand(double measured, long limit) {
        var rate = Math.round(measured);
        return limit > 0 && measured >= SATURATION * limit ? Math.max(rate, PROBE_FACTOR * limit) : rate;
    }

    /** Sum of the sessions' estimates, each unknown one counting as the ceiling, capped at the ceiling. */
    public Bandwidth siteDemand(Site site, Collection<String> sessionKeys) {
        if (sessionKeys.isEmpty()) {
            return site.ceiling();
        }
        long down = 0;
        long up = 0;
        for (var key : sessionKeys) {
            var e = estimate(key).orElse(site.ceiling());
            down = Math.min(site.ceiling().down(), down + e.down());
            up = Math.min(site.ceiling().up(), up + e.up());
        }
        return new Bandwidth(down, up);
    }

    /** Drops sessions that are no longer online. */
    public void retainOnly(Set<String> onlineKeys) {
        states.keySet().retainAll(onlineKeys);
        limits.keySet().retainAll(onlineKeys);
    }

    private static double[] blend(double[] old, double down, double up, double alpha) {
        return new double[] {old[0] + alpha * (down - old[0]), old[1] + alpha * (up - old[1])};
    }

    private record State(long down, long up, Instant at, double[] estimate) {
    }
}
