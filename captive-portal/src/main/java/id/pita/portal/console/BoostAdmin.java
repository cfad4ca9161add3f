package id.pita.portal.console;

import id.pita.core.district.Boost;
import java.util.List;
import java.util.Optional;

/** Port to the boost table. Implementations are thread-safe. */
public interface BoostAdmin {
    /** Stores a new request and returns it with its id. */
    Boost create(Boost boost);

    Optional<Boost> find(long id);

    /** All boosts, newest first. */
    List<Boost> all();

    void update(Boost boost);
}
