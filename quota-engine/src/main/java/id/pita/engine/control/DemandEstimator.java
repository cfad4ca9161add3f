package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;
import id.pita.core.session.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demand from accounting (ARCHITECTURE §2, §3), per session and direction, as a probe that settles.
 *
 * <p><b>Measuring.</b> The measured rate is the counter delta over the time between two samples, smoothed by
 * an EWMA whose weight follows that time ({@code alpha = 1 - 2^(-dt / halfLife)}). Only samples taken wholly
 * under the current limit count: when the limit changes, the next sample is a new baseline and the EWMA
 * starts again from the first rate measured after it, so a probe is judged by what the session did with it.
 *
 * <p><b>Demand.</b> With {@code m} the measured rate and {@code L} the limit:
 * <ul>
 *   <li>{@code m >= }{@value #SATURATION}{@code  * L}: the session is saturated and may want more than it is
 *       allowed to show. Its demand is {@value #PROBE_FACTOR}{@code  * L}: one bounded probe step up.</li>
 *   <li>otherwise (or with no limit known) its demand is {@code m * (1 + }{@value #HEADROOM}{@code )}: what it
 *       uses plus headroom. Given exactly that, it uses {@code 1/1.25 = 80 %} of its limit, below the
 *       saturation mark, so a session that got what it asked for never probes again while its use stays.</li>
 * </ul>
 * The probe step (+100 %) and the back-off from it are far larger than any sane hysteresis, so the
 * hysteresis cannot swallow the probe and leave it re-probing; and since back-off lands in the 80 % band, it
 * cannot re-trigger the probe: with constant use the sequence is at most {@code L, 2L, m*1.25}, never
 * {@code A, B, A, B}. The demand is held between fresh measurements, so a session's estimate changes at most
 * once per accounting interval.
 *
 * <p>Pure: time comes from the samples' own timestamps and from {@link #limitedTo}. Not thread-safe: confined
 * to the loop.
 */
public final class DemandEstimator implements DemandModel {
    /** Measured at or above this fraction of its limit, a session counts as saturated. */
    static final double SATURATION = 0.9;
    /** Headroom over the measured rate for a session that is not saturated. */
    static final double HEADROOM = 0.25;
    /** A saturated session's demand, as a multiple of its limit: one probe step. */
    static final long PROBE_FACTOR = 2;

    private final double halfLifeSeconds;
    private final Map<String, Track> tracks = new HashMap<>();

    public DemandEstimator(Duration halfLife) {
        Check.notNull("halfLife", halfLife);
        Check.that(!halfLife.isNegative() && !halfLife.isZero(), "halfLife", "must be positive");
        this.halfLifeSeconds = halfLife.toMillis() / 1000.0;
    }

    /** Feeds one counter sample (download/upload bytes, client's view) taken at {@code at}. */
    public void observe(String sessionKey, long downloadBytes, long uploadBytes, Instant at) {
        var t = tracks.computeIfAbsent(sessionKey, k -> new Track());
        if (!t.hasAt || downloadBytes < t.down || uploadBytes < t.up) {
            // first sample, or the counters went back (a restarted gateway): a new baseline
            t.baseline(downloadBytes, uploadBytes, at);
            return;
        }
        var last = t.at();
        double dt = Duration.between(last, at).toMillis() / 1000.0;
        if (dt <= 0) {
            return;
        }
        boolean clean = !t.hasCleanFrom || !last.isBefore(t.cleanFrom());
        if (clean) {
            double down = (downloadBytes - t.down) * 8 / dt;
            double up = (uploadBytes - t.up) * 8 / dt;
            var m = t.measurement == null ? t.measurement = new Measurement() : t.measurement;
            if (m.hasMeasured) {
                double alpha = 1 - Math.pow(2, -dt / halfLifeSeconds);
                m.measuredDown = m.measuredDown + alpha * (down - m.measuredDown);
                m.measuredUp = m.measuredUp + alpha * (up - m.measuredUp);
            } else {
                m.measuredDown = down;
                m.measuredUp = up;
                m.hasMeasured = true;
            }
            var demand = new Bandwidth(demand(m.measuredDown, t.limitDown), demand(m.measuredUp, t.limitUp));
            var draw = new Bandwidth(Math.round(down), Math.round(up));
            m.demandDown = demand.down();
            m.demandUp = demand.up();
            m.drawDown = draw.down();
            m.drawUp = draw.up();
        }
        t.baseline(downloadBytes, uploadBytes, at);
    }

    @Override
    public void observe(Session session) {
        observe(session.key(), session.downloadBytes(), session.uploadBytes(), session.lastUpdate());
    }

    /**
     * The rate the session is shaped to from {@code since} on. A new limit restarts the measurement: samples
     * that begin before {@code since} no longer count. The demand last estimated is held meanwhile.
     */
    @Override
    public void limitedTo(String sessionKey, Bandwidth limit, Instant since) {
        Check.notNull("limit", limit);
        var t = tracks.computeIfAbsent(sessionKey, k -> new Track());
        if (limit.down() != t.limitDown || limit.up() != t.limitUp) {
            t.limitDown = limit.down();
            t.limitUp = limit.up();
            t.cleanFrom(since);
            if (t.measurement != null) {
                t.measurement.hasMeasured = false;
            }
        }
    }

    /** {@link #limitedTo(String, Bandwidth, Instant)} from the beginning of time (tests, first sight). */
    public void limitedTo(String sessionKey, Bandwidth limit) {
        limitedTo(sessionKey, limit, Instant.MIN);
    }

    /**
     * The session's demand in bit/s: {@value #PROBE_FACTOR} times its limit where it is saturated, else its
     * measured rate plus {@value #HEADROOM} headroom. Empty until a rate has been measured.
     */
    @Override
    public Optional<Bandwidth> estimate(String sessionKey) {
        var t = tracks.get(sessionKey);
        var m = t == null ? null : t.measurement;
        return m == null ? Optional.empty() : Optional.of(new Bandwidth(m.demandDown, m.demandUp));
    }

    /**
     * What the session drew over its latest accounting interval taken wholly under its current limit: the rate as
     * measured, not smoothed (the uplink's counters are compared over about the same interval) and without headroom
     * (a quiet session offers the uplink exactly what it uses). Held while a new limit is being measured.
     */
    @Override
    public Optional<Bandwidth> drawing(String sessionKey) {
        var t = tracks.get(sessionKey);
        var m = t == null ? null : t.measurement;
        return m == null ? Optional.empty() : Optional.of(new Bandwidth(m.drawDown, m.drawUp));
    }

    static long demand(double measured, long limit) {
        long withHeadroom = Math.round(measured * (1 + HEADROOM));
        if (limit > 0 && measured >= SATURATION * limit) {
            return Math.max(withHeadroom, Math.multiplyExact(PROBE_FACTOR, limit));
        }
        return withHeadroom;
    }

    @Override
    public void retainOnly(Set<String> onlineKeys) {
        tracks.keySet().retainAll(onlineKeys);
    }

    /**
     * One session's counters, limit and estimate, in primitive fields: an 80-byte object per session, plus a 64-byte
     * {@link Measurement} once a rate has been measured, instead of this object, two {@link Instant}s, three
     * {@link Bandwidth}s and a {@code double[2]} (about 230 bytes measured), since the estimator keeps one per live
     * session (100,000 in a large district). Instants are kept exactly, as epoch seconds and nanoseconds; each
     * {@code has*} flag stands for the null of the boxed field it replaced.
     */
    private static final class Track {
        long down;
        long up;
        boolean hasAt;
        long atSeconds;
        int atNanos;
        long limitDown;
        long limitUp;
        /** Samples that begin before this were taken (partly) under an older limit. */
        boolean hasCleanFrom;
        long cleanFromSeconds;
        int cleanFromNanos;
        /** Null until the first rate measured; then held (the demand and draw last estimated). */
        Measurement measurement;

        void baseline(long downloadBytes, long uploadBytes, Instant when) {
            down = downloadBytes;
            up = uploadBytes;
            hasAt = when != null;
            if (hasAt) {
                atSeconds = when.getEpochSecond();
                atNanos = when.getNano();
            }
        }

        Instant at() {
            return Instant.ofEpochSecond(atSeconds, atNanos);
        }

        void cleanFrom(Instant since) {
            hasCleanFrom = since != null;
            if (hasCleanFrom) {
                cleanFromSeconds = since.getEpochSecond();
                cleanFromNanos = since.getNano();
            }
        }

        Instant cleanFrom() {
            return Instant.ofEpochSecond(cleanFromSeconds, cleanFromNanos);
        }
    }

    /** A track's measured rate (EWMA, reset under a new limit) and the demand and draw last estimated from it. */
    private static final class Measurement {
        boolean hasMeasured;
        double measuredDown;
        double measuredUp;
        long demandDown;
        long demandUp;
        long drawDown;
        long drawUp;
    }
}
