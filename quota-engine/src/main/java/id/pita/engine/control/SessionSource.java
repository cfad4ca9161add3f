package id.pita.engine.control;

import id.pita.core.district.Boost;
import id.pita.core.session.Session;
import java.time.Instant;
import java.util.List;

/**
 * Port: what the loop reads from the store each round. Implementations are thread-safe.
 */
public interface SessionSource {
    /** Sessions online now, with their latest counters, update time and last pushed rate. */
    List<Session> onlineSessions();

    /** Boosts that may be active at {@code now}; the planner keeps only approved ones inside their window. */
    List<Boost> boosts(Instant now);
}
