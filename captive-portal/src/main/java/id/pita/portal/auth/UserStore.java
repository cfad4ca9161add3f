package id.pita.portal.auth;

import java.util.List;
import java.util.Optional;

/** Port to the {@code app_user} table. Implementations are thread-safe. */
public interface UserStore {
    Optional<User> find(String username);

    List<User> all();

    /** Inserts a new user, or replaces the one with the same user name. */
    void save(User user);

    /** Creates {@code user} only if there are no users at all; true if it did (atomic). */
    boolean insertIfEmpty(User user);
}
