package id.pita.portal.auth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link UserStore} in memory, for unit tests of {@link Accounts}. Thread-safe. */
public final class InMemoryUserStore implements UserStore {
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> codes = new ConcurrentHashMap<>();
    private final Map<String, Long> steps = new ConcurrentHashMap<>();

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

    @Override
    public boolean delete(String username) {
        codes.remove(username);
        return users.remove(username) != null;
    }

    @Override
    public void replaceRecoveryCodes(String username, List<String> codeHashes) {
        codes.put(username, ConcurrentHashMap.newKeySet());
        codes.get(username).addAll(new HashSet<>(codeHashes));
    }

    @Override
    public boolean useRecoveryCode(String username, String codeHash) {
        var set = codes.get(username);
        return set != null && set.remove(codeHash);
    }

    @Override
    public int recoveryCodesLeft(String username) {
        var set = codes.get(username);
        return set == null ? 0 : set.size();
    }

    @Override
    public synchronized boolean advanceTotpStep(String username, long step) {
        if (steps.getOrDefault(username, 0L) >= step) {
            return false;
        }
        steps.put(username, step);
        return true;
    }
}
