package id.pita.portal.app;

import id.pita.core.store.Store;
import id.pita.core.store.UserRepository;
import id.pita.core.store.UserRow;
import id.pita.portal.auth.Role;
import id.pita.portal.auth.User;
import id.pita.portal.auth.UserStore;
import java.util.List;
import java.util.Optional;

/** Console users on the store's {@link UserRepository} ({@code app_user}, {@code recovery_code}). Thread-safe. */
final class StoreUsers implements UserStore {
    private final UserRepository users;

    StoreUsers(Store store) {
        this.users = store.users();
    }

    @Override
    public Optional<User> find(String username) {
        return users.find(username).map(StoreUsers::user);
    }

    @Override
    public List<User> all() {
        return users.all().stream().map(StoreUsers::user).toList();
    }

    @Override
    public void save(User user) {
        users.save(row(user));
    }

    @Override
    public boolean insertIfEmpty(User user) {
        return users.insertIfEmpty(row(user));
    }

    @Override
    public boolean delete(String username) {
        return users.delete(username);
    }

    @Override
    public void replaceRecoveryCodes(String username, List<String> codeHashes) {
        users.replaceRecoveryCodes(username, codeHashes);
    }

    @Override
    public boolean useRecoveryCode(String username, String codeHash) {
        return users.useRecoveryCode(username, codeHash);
    }

    @Override
    public int recoveryCodesLeft(String username) {
        return users.recoveryCodesLeft(username);
    }

    @Override
    public boolean advanceTotpStep(String username, long step) {
        return users.advanceTotpStep(username, step);
    }

    private static UserRow row(User u) {
        return new UserRow(u.username(), u.passwordHash(), u.role().name(), u.siteCode(), u.createdAt(),
                u.disabled(), u.mustChangePassword(), u.totpSecret());
    }

    private static User user(UserRow r) {
        return new User(r.username(), r.passwordHash(), Role.valueOf(r.role()), r.siteCode(), r.createdAt(),
                r.disabled(), r.mustChangePassword(), r.totpSecret());
    }
}
