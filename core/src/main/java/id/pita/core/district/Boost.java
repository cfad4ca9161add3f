package id.pita.core.district;

import id.pita.core.Check;
import java.time.Instant;

/**
 * An office's request for an extra guarantee over a window (an online meeting). The allocator adds
 * {@code extra} to the site's guarantee (and, if needed, its ceiling) while it is approved and active.
 *
 * @param id          store id; 0 before it is stored
 * @param decidedBy   the Diskominfo user who approved or rejected it; empty while requested
 */
public record Boost(long id, String siteCode, Bandwidth extra, Instant from, Instant until, String reason,
                    BoostState state, String requestedBy, String decidedBy) {
    public Boost {
        Check.code("siteCode", siteCode);
        Check.notNull("extra", extra);
        Check.that(extra.down() > 0 || extra.up() > 0, "extra", "must ask for some bandwidth");
        Check.notNull("from", from);
        Check.notNull("until", until);
        Check.that(until.isAfter(from), "until", "must be after from");
        reason = reason == null ? "" : reason;
        Check.notNull("state", state);
        Check.notBlank("requestedBy", requestedBy);
        decidedBy = decidedBy == null ? "" : decidedBy;
    }

    public boolean activeAt(Instant now) {
        return state == BoostState.APPROVED && !now.isBefore(from) && now.isBefore(until);
    }
}
