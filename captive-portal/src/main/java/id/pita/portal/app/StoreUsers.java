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

/** Console users in the store's {@code app_user} and {@code recovery_code} tables. Thread-safe. */
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
            int n = h.createUpdate("UPDATE app_user SET password_hash = :hash, role = :role, site_code = :site, "
                            + "disabled = :off, must_change_password = :must, totp_secret = :totp WHERE username = :u")
                    .bindMap(params(user)).execute();
            if (n == 0) {
                insert(h, user);
            }
        });
    }

    @Override
    public boolean insertIfEmpty(User user) {
        return store.write(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Integer.class).one() > 0) {
                return false;
            }
            // Nodes starting together on one PostgreSQL may both see no user: the second inserts nothing.
            return h.createUpdate("INSERT INTO app_user (username, password_hash, role, site_code, created_at_ms, "
                            + "disabled, must_change_password, totp_secret) "
                            + "VALUES (:u, :hash, :role, :site, :at, :off, :must, :totp) ON CONFLICT (username) DO NOTHING")
                    .bindMap(params(user)).execute() == 1;
        });
    }

    @Override
    public boolean delete(String username) {
        return store.write(h -> {
            h.createUpdate("DELETE FROM recovery_code WHERE username = :u").bind("u", username).execute();
            return h.createUpdate("DELETE FROM app_user WHERE username = :u").bind("u", username).execute() == 1;
        });
    }

    @Override
    public void replaceRecoveryCodes(String username, List<String> codeHashes) {
        store.writeVoid(h -> {
            h.createUpdate("DELETE FROM recovery_code WHERE username = :u").bind("u", username).execute();
            for (var c : codeHashes) {
                h.createUpdate("INSERT INTO recovery_code (username, code_hash) VALUES (:u, :c)").bind("u", username)
                        .bind("c", c).execute();
            }
        });
    }

    @Override
    public boolean useRecoveryCode(String username, String codeHash) {
        return store.write(h -> h.createUpdate("DELETE FROM recovery_code WHERE username = :u AND code_hash = :c")
                .bind("u", username).bind("c", codeHash).execute() == 1);
    }

    @Override
    public int recoveryCodesLeft(String username) {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM recovery_code WHERE username = :u")
                .bind("u", username).mapTo(Integer.class).one());
    }

    @Override
    public boolean advanceTotpStep(String username, long step) {
        return store.write(h -> h.createUpdate("UPDATE app_user SET totp_last_step = :s WHERE username = :u "
                + "AND totp_last_step < :s").bind("s", step).bind("u", username).execute() == 1);
    }

    private static java.util.Map<String, Object> params(User u) {
        var m = new java.util.HashMap<String, Object>();
        m.put("u", u.username());
        m.put("hash", u.passwordHash());
        m.put("role", u.role().name());
        m.put("site", u.siteCode());
        m.put("at", u.createdAt().toEpochMilli());
        m.put("off", u.disabled() ? 1 : 0);
        m.put("must", u.mustChangePassword() ? 1 : 0);
        m.put("totp", u.totpSecret());
        return m;
    }

    private static void insert(Handle h, User u) {
        h.createUpdate("INSERT INTO app_user (username, password_hash, role, site_code, created_at_ms, disabled, "
                        + "must_change_password, totp_secret) "
                        + "VALUES (:u, :hash, :role, :site, :at, :off, :must, :totp)")
                .bindMap(params(u)).execute();
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("username"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                rs.getString("site_code"), Instant.ofEpochMilli(rs.getLong("created_at_ms")),
                rs.getInt("disabled") != 0, rs.getInt("must_change_password") != 0, rs.getString("totp_secret"));
    }
}
