package id.pita.portal.auth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link UserStore} in memory, for tests and a first start without a database. Thread-safe. */
public final class InMemoryUserStore implements UserStore {
    private final Map<String, User> users = new ConcurrentHashMap<>();

    @Override
    public Optional<User> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public List<User> all() {
        var list = new ArrayList<>(users.values());
        list.sort(Comparator.comparing(User::username));
        return list;
    }

    @Override
    public void save(User user) {
        users.put(user.username(), user);
    }

    @Override
    public synchronized boolean insertIfEmpty(User user) {
        if (!users.isEmpty()) {
            return false;
        }
        users.put(user.username(), user);
        return true;
    }
}
