package id.pita.core.uplink;

import id.pita.core.district.Bandwidth;
import java.time.Instant;

/**
 * What the estimator says now: the usable capacity the plan may use ({@code effective}, smoothed and with
 * hysteresis, at most the contracted capacity, 0 while the link is down), what the link carried over the last
 * interval ({@code carried}), whether the link is up, and since when {@code effective} has had its value.
 */
public record UplinkEstimate(Bandwidth effective, Bandwidth carried, boolean up, Instant since) {
}
