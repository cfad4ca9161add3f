package id.pita.engine.access;

import id.pita.core.district.Bandwidth;
import java.util.Optional;

/**
 * Port: what the control loop last planned, as the access policy needs it. Implementations are
 * thread-safe and answer from memory (an Access-Request must not wait on a database).
 */
public interface LiveState {
    /** The rate planned for the site (by code); empty before the first plan or for an unplanned site. */
    Optional<Bandwidth> siteRate(String siteCode);

    /** The rate planned for one session ({@code gatewayId/acctSessionId}); empty if it is not in the plan. */
    Optional<Bandwidth> sessionRate(String sessionKey);

    /** Sessions online at the site now. */
    int onlineSessions(String siteCode);
}
