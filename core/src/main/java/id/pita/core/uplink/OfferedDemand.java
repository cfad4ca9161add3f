package id.pita.core.uplink;

import id.pita.core.Check;
import id.pita.core.allocation.Allocation;
import id.pita.core.district.Bandwidth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plan offers the uplink: how much the sites would draw through it if it had room, so that
 * {@link UplinkEstimator} can tell a saturated link (it carries clearly less) from a quiet one (it carries what is
 * drawn). Per direction:
 * <pre>
 *   offered = sum over sites s of  min( allocated(s),  sum over the sessions k at s of  min(draw(k), allocated(k)) )
 * </pre>
 * where {@code draw(k)} is what session {@code k} was measured drawing ({@link Draw}), {@code allocated(s)} the
 * plan's rate for the site and {@code allocated(k)} the plan's rate for a hotspot session (an office session has none
 * of its own: only its site's rate caps it). A site the plan gives nothing, or a session not yet measured, adds
 * nothing: what is not measured is never counted as demand, so a quiet link is never taken for a saturated one.
 * Pure.
 */
public final class OfferedDemand {
    private OfferedDemand() {
    }

    /**
     * One session's draw: what it used over its latest accounting interval, as measured (no headroom, no floor).
     */
    public record Draw(String sessionKey, String siteCode, Bandwidth rate) {
        public Draw {
            Check.notBlank("sessionKey", sessionKey);
            Check.notBlank("siteCode", siteCode);
            Check.notNull("rate", rate);
        }
    }

    /** The total offered by {@code plan} to sessions drawing {@code draws}; ZERO when nothing is measured. */
    public static Bandwidth of(List<Draw> draws, Allocation plan) {
        Check.noNulls("draws", draws);
        Check.notNull("plan", plan);
        var bySite = new HashMap<String, long[]>();
        for (var d : draws) {
            var rate = d.rate();
            var own = plan.sessions().get(d.sessionKey());
            if (own != null) {
                rate = rate.min(own);
            }
            var sum = bySite.computeIfAbsent(d.siteCode(), k -> new long[2]);
            sum[0] = saturatedAdd(sum[0], rate.down());
            sum[1] = saturatedAdd(sum[1], rate.up());
        }
        long down = 0;
        long up = 0;
        for (Map.Entry<String, long[]> e : bySite.entrySet()) {
            var allowed = plan.sites().getOrDefault(e.getKey(), Bandwidth.ZERO);
            down = saturatedAdd(down, Math.min(allowed.down(), e.getValue()[0]));
            up = saturatedAdd(up, Math.min(allowed.up(), e.getValue()[1]));
        }
        return new Bandwidth(down, up);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }
}
