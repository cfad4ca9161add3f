package id.pita.core.uplink;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Usable uplink capacity from successive SNMP samples. The rule, per direction:
 * <ol>
 *   <li>While {@code ifOperStatus} is not up, the capacity is 0 at once. After the link comes back it must be up
 *       in {@code upSamples} successive samples before the capacity returns, so a bouncing link stays at 0.</li>
 *   <li>The raw capacity of a sample is the contracted capacity, limited by {@code ifHighSpeed} when the device
 *       reports a rate there (a CPE's sync rate).</li>
 *   <li>It is smoothed by an exponentially weighted moving average ({@code alpha} for the newest sample); on
 *       recovery the average restarts from the raw value. The sync rate ({@code ifHighSpeed}) is a hard limit, not
 *       smoothed: when it falls, the average and the published capacity are cut to it in the same sample, so the
 *       published capacity is never above the current sync rate.</li>
 *   <li>Hysteresis: the published capacity moves to the average only when the two differ by more than
 *       {@code band} (a fraction of the contracted capacity), and snaps to the raw value once the average is
 *       within the band of it; so it never moves for changes smaller than the band and ends within it of a steady
 *       raw value.</li>
 * </ol>
 * Saturation (only for samples that say what Pita {@linkplain UplinkSample#offered() offered} the link, and whose
 * carried rate is measured): a sample is <em>short</em> when the link carried less than {@link Saturation#shortFraction}
 * of {@code min(offered, base)}, where base is the contracted capacity limited by {@code ifHighSpeed}, and by more
 * than the hysteresis band (so a nearly idle link is never found saturated at next to nothing). After
 * {@link Saturation#samples} successive short samples the link is saturated at what it carries: the ceiling becomes
 * the largest carried rate of those samples plus {@link Saturation#headroom}, never above base, and stays there for
 * {@link Saturation#holdSamples} samples that are not short (doubled, up to {@link Saturation#maxHoldSamples}, each
 * time a probe ends in saturation again; back to {@code holdSamples} once the ceiling is at contracted). After that
 * each sample that is not short raises the ceiling by {@link Saturation#probe} of the contracted capacity (a probe)
 * until it is back at contracted. The raw
 * capacity of step 2 is then {@code min(base, ceiling)}, through the same EWMA and hysteresis. A down link resets the
 * ceiling to contracted. Samples without {@code offered} leave the ceiling as it is.
 * What the link carried (octet deltas over time, Counter64 wrap handled) is reported beside it. A sample whose
 * counters went backwards (a device reboot) or whose time did not advance is skipped and counted. Not thread-safe:
 * one poller owns it.
 */
public final class UplinkEstimator {
    /** @param alpha weight of the newest sample, (0, 1]; @param band hysteresis band, [0, 1) of contracted */
    public record Config(double alpha, double band, int upSamples) {
        public static final Config DEFAULT = new Config(0.5, 0.05, 2);

        public Config {
            Check.that(alpha > 0 && alpha <= 1, "alpha", "must be in (0, 1] (was " + alpha + ")");
            Check.that(band >= 0 && band < 1, "band", "must be in [0, 1) (was " + band + ")");
            Check.inRange("upSamples", upSamples, 1, 100);
        }
    }

    /**
     * Saturation inference: {@code shortFraction} of min(offered, base) below which a sample is short, {@code samples}
     * successive short ones make the link saturated, {@code headroom} (fraction) above the largest carried rate,
     * {@code holdSamples} before probing upward again, doubled each time a probe finds the link still saturated up
     * to {@code maxHoldSamples}, {@code probe} (fraction of contracted) per sample.
     */
    public record Saturation(double shortFraction, int samples, double headroom, int holdSamples,
                             int maxHoldSamples, double probe) {
        public static final Saturation DEFAULT = new Saturation(0.9, 3, 0.05, 6, 48, 0.10);

        public Saturation {
            Check.that(shortFraction > 0 && shortFraction < 1, "shortFraction",
                    "must be in (0, 1) (was " + shortFraction + ")");
            Check.inRange("samples", samples, 1, 100);
            Check.that(headroom >= 0 && headroom < 1, "headroom", "must be in [0, 1) (was " + headroom + ")");
            Check.inRange("holdSamples", holdSamples, 0, 1000);
            Check.inRange("maxHoldSamples", maxHoldSamples, holdSamples, 10_000);
            Check.that(probe > 0 && probe <= 1, "probe", "must be in (0, 1] (was " + probe + ")");
        }
    }

    private final Bandwidth contracted;
    private final Config config;
    private final Saturation saturation;
    private final double[] ceiling;
    private final int[] shortStreak = new int[2];
    private final long[][] shortCarried;
    private final int[] hold = new int[2];
    private final int[] holdLength = new int[2];
    private final boolean[] probed = new boolean[2];
    private final boolean[] landed = {true, true};
    private UplinkSample last;
    private double[] smoothed = new double[2];
    private Bandwidth published;
    private Bandwidth carried = Bandwidth.ZERO;
    private boolean up;
    private int upStreak;
    private Instant since;
    private long skipped;

    public UplinkEstimator(Bandwidth contracted, Config config, Instant start) {
        this(contracted, config, Saturation.DEFAULT, start);
    }

    public UplinkEstimator(Bandwidth contracted, Config config, Saturation saturation, Instant start) {
        Check.notNull("contracted", contracted);
        Check.notNull("config", config);
        Check.notNull("saturation", saturation);
        this.contracted = contracted;
        this.config = config;
        this.saturation = saturation;
        this.ceiling = new double[] {contracted.down(), contracted.up()};
        this.shortCarried = new long[2][saturation.samples()];
        resetSaturation();
        // Until the first sample says otherwise, the plan uses what was contracted (as before this estimator).
        this.published = contracted;
        this.smoothed = new double[] {contracted.down(), contracted.up()};
        this.up = true;
        this.upStreak = config.upSamples();
        this.since = start;
    }

    public UplinkEstimate offer(UplinkSample s) {
        Check.notNull("sample", s);
        var previous = last;
        if (previous != null && !s.at().isAfter(previous.at())) {
            skipped++;
            return estimate();
        }
        if (previous != null && (Long.compareUnsigned(s.inOctets(), previous.inOctets()) < 0
                || Long.compareUnsigned(s.outOctets(), previous.outOctets()) < 0)) {
            // Counter64 does not wrap in practice (centuries at 10 Gbit/s): going backwards is a reset.
            skipped++;
            last = s;
            return estimate();
        }
        boolean fresh = previous != null;
        if (fresh) {
            double seconds = Duration.between(previous.at(), s.at()).toNanos() / 1e9;
            carried = new Bandwidth(rate(s.inOctets() - previous.inOctets(), seconds),
                    rate(s.outOctets() - previous.outOctets(), seconds));
        }
        last = s;
        if (!s.operUp()) {
            up = false;
            upStreak = 0;
            resetSaturation();
            publish(Bandwidth.ZERO, s.at());
            return estimate();
        }
        upStreak++;
        var base = base(s);
        if (fresh && s.offered() != null) {
            infer(base, s.offered());
        }
        var raw = base.min(new Bandwidth(Math.round(ceiling[0]), Math.round(ceiling[1])));
        if (!up) {
            if (upStreak < config.upSamples()) {
                return estimate();
            }
            up = true;
            smoothed = new double[] {raw.down(), raw.up()};
            landed[0] = true;
            landed[1] = true;
            publish(raw, s.at());
            return estimate();
        }
        long[] next = {published.down(), published.up()};
        for (int k = 0; k < 2; k++) {
            long r = k == 0 ? raw.down() : raw.up();
            long limit = k == 0 ? base.down() : base.up();
            // The sync rate is a hard limit, not an estimate: the average never stays above it.
            smoothed[k] = Math.min(limit, config.alpha() * r + (1 - config.alpha()) * smoothed[k]);
            double band = config.band() * (k == 0 ? contracted.down() : contracted.up());
            if (Math.abs(smoothed[k] - r) <= band) {
                // Lands exactly on the raw value once after smoothing steps, then holds within the band.
                if (!landed[k] || Math.abs(next[k] - r) > band) {
                    next[k] = r;
                    landed[k] = true;
                }
            } else if (Math.abs(smoothed[k] - next[k]) > band) {
                next[k] = Math.round(smoothed[k]);
                landed[k] = false;
            }
            next[k] = Math.min(next[k], limit);
        }
        publish(new Bandwidth(next[0], next[1]), s.at());
        return estimate();
    }

    public UplinkEstimate estimate() {
        return new UplinkEstimate(published, carried, up, since);
    }

    public Bandwidth contracted() {
        return contracted;
    }

    /** Samples skipped because their counters went backwards or their time did not advance. */
    public long skipped() {
        return skipped;
    }

    public Optional<UplinkSample> lastSample() {
        return Optional.ofNullable(last);
    }

    /** The saturation ceiling now (contracted when not saturated), for tests and the dashboard. */
    public Bandwidth ceiling() {
        return new Bandwidth(Math.round(ceiling[0]), Math.round(ceiling[1]));
    }

    private void infer(Bandwidth base, Bandwidth offered) {
        for (int k = 0; k < 2; k++) {
            long b = k == 0 ? base.down() : base.up();
            long o = k == 0 ? offered.down() : offered.up();
            long x = k == 0 ? carried.down() : carried.up();
            long c = k == 0 ? contracted.down() : contracted.up();
            double reference = Math.min(o, b);
            // A shortfall within the hysteresis band is noise (and a nearly idle link is never saturated at 0).
            if (x < saturation.shortFraction() * reference && reference - x > config.band() * c) {
                shortCarried[k][shortStreak[k] % saturation.samples()] = x;
                shortStreak[k]++;
                if (shortStreak[k] >= saturation.samples()) {
                    long max = 0;
                    for (long v : shortCarried[k]) {
                        max = Math.max(max, v);
                    }
                    ceiling[k] = Math.min(b, max * (1 + saturation.headroom()));
                    if (probed[k]) {
                        // The probe found the link still saturated: wait longer before the next one (no flapping).
                        holdLength[k] = Math.min(saturation.maxHoldSamples(), Math.max(1, holdLength[k] * 2));
                        probed[k] = false;
                    }
                    hold[k] = holdLength[k];
                }
            } else {
                shortStreak[k] = 0;
                if (hold[k] > 0) {
                    hold[k]--;
                } else if (ceiling[k] < c) {
                    ceiling[k] = Math.min(c, ceiling[k] + saturation.probe() * c);
                    probed[k] = ceiling[k] < c;
                    if (!probed[k]) {
                        holdLength[k] = saturation.holdSamples();
                    }
                }
            }
        }
    }

    private void resetSaturation() {
        ceiling[0] = contracted.down();
        ceiling[1] = contracted.up();
        for (int k = 0; k < 2; k++) {
            shortStreak[k] = 0;
            hold[k] = 0;
            holdLength[k] = saturation.holdSamples();
            probed[k] = false;
        }
    }

    private Bandwidth base(UplinkSample s) {
        if (s.highSpeedMbps() == 0) {
            return contracted;
        }
        long sync = Math.multiplyHigh(s.highSpeedMbps(), 1_000_000L) != 0 ? Long.MAX_VALUE
                : s.highSpeedMbps() * 1_000_000L;
        return contracted.min(Bandwidth.symmetric(sync));
    }

    private void publish(Bandwidth value, Instant at) {
        if (!value.equals(published)) {
            published = value;
            since = at;
        }
    }

    private static long rate(long octets, double seconds) {
        double unsigned = octets >= 0 ? octets : (octets >>> 1) * 2.0;
        double bps = unsigned * 8.0 / seconds;
        return bps >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(bps);
    }
}
