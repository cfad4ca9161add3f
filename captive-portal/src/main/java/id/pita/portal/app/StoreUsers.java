package id.pita.portal.app;

import id.pita.core.store.Store;
import id.pita.portal.auth.Role;
import id.pita.portal.auth.User;
import id.pita.portal.auth.UserStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Console users in the store's {@code app_user} table. Thread-safe. */
final class StoreUsers implements UserStore {
    private final Store store;

    StoreUsers(Store store) {
        this.store = store;
    }

    @Override
    public Optional<User> find(String username) {
        return store.read(h -> h.createQuery("SELECT * FROM app_user WHERE username = :u").bind("u", username)
                .map((rs, ctx) -> user(rs)).findOne());
    }

    @Override
    public List<User> all() {
        return store.read(h -> h.createQuery("SELECT * FROM app_user ORDER BY username").map((rs, ctx) -> user(rs))
                .list());
    }

    @Override
    public void save(User user) {
        store.writeVoid(h -> {
            h.createUpdate("DELETE FROM app_user WHERE username = :u").bind("u", user.username()).execute();
            insert(h, user);
        });
    }

    @Override
    public boolean insertIfEmpty(User user) {
        return store.write(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Integer.class).one() > 0) {
                return false;
            }
            insert(h, user);
            return true;
        });
    }

    private static void insert(Handle h, User u) {
        h.createUpdate("INSERT INTO app_user (username, password_hash, role, site_code, created_at_ms) "
                        + "VALUES (:u, :hash, :role, :site, :at)")
                .bind("u", u.username()).bind("hash", u.passwordHash()).bind("role", u.role().name())
                .bind("site", u.siteCode()).bind("at", u.createdAt().toEpochMilli()).execute();
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("username"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                rs.getString("site_code"), Instant.ofEpochMilli(rs.getLong("created_at_ms")));
    }
}
