package id.pita.engine.control;

import id.pita.core.district.Bandwidth;
import id.pita.core.session.Session;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * How the loop turns accounting into demand per session ({@link DemandEstimator} in production). Confined to
 * the loop's thread.
 */
interface DemandModel {
    /** The rate the session is shaped to since {@code since} (last ACKed push); ZERO if unknown. */
    void limitedTo(String sessionKey, Bandwidth limit, Instant since);

    /** Feeds a session's latest counters, stamped with its last accounting update. */
    void observe(Session session);

    /** The session's demand in bit/s; empty while nothing usable has been measured. */
    Optional<Bandwidth> estimate(String sessionKey);

    /**
     * What the session drew over its latest accounting interval, for what the plan offers the uplink
     * ({@link id.pita.core.uplink.OfferedDemand}): its measured rate, without headroom or floor. Empty while nothing
     * has been measured (a model that cannot tell offers nothing, and no saturation is inferred from it).
     */
    default Optional<Bandwidth> drawing(String sessionKey) {
        return Optional.empty();
    }

    /** Drops sessions that are no longer online. */
    void retainOnly(Set<String> onlineKeys);
}
