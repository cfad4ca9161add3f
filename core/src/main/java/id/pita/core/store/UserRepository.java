package id.pita.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

/** Console accounts in {@code app_user} and their one-time recovery codes in {@code recovery_code}. */
public final class UserRepository {
    private static final String COLUMNS = "username, password_hash, role, site_code, created_at_ms, disabled, "
            + "must_change_password, totp_secret";
    private final Store store;

    UserRepository(Store store) {
        this.store = store;
    }

    public Optional<UserRow> find(String username) {
        return store.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE username = :u")
                .bind("u", username).map((rs, ctx) -> row(rs)).findOne());
    }

    /** Every account, by user name. */
    public List<UserRow> all() {
        return store.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM app_user ORDER BY username")
                .map((rs, ctx) -> row(rs)).list());
    }

    /**
     * Stores the account: a new user name is inserted, a known one has its password, role, site, switches and
     * second factor replaced (its creation time and TOTP step stay).
     */
    public void save(UserRow user) {
        store.writeVoid(h -> bind(h.createUpdate("INSERT INTO app_user (" + COLUMNS + ") VALUES (:u, :hash, :role, "
                        + ":site, :at, :off, :must, :totp) ON CONFLICT (username) DO UPDATE SET "
                        + "password_hash = excluded.password_hash, role = excluded.role, "
                        + "site_code = excluded.site_code, disabled = excluded.disabled, "
                        + "must_change_password = excluded.must_change_password, "
                        + "totp_secret = excluded.totp_secret"), user).execute());
    }

    /** Inserts {@code user} only if there is no account at all (the bootstrap admin); true if it did. */
    public boolean insertIfEmpty(UserRow user) {
        return store.write(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Integer.class).one() > 0) {
                return false;
            }
            insert(h, user);
            return true;
        });
    }

    /** Deletes the account and its recovery codes; false if there was no such account. */
    public boolean delete(String username) {
        return store.write(h -> {
            h.createUpdate("DELETE FROM recovery_code WHERE username = :u").bind("u", username).execute();
            return h.createUpdate("DELETE FROM app_user WHERE username = :u").bind("u", username).execute() == 1;
        });
    }

    /** Replaces the user's recovery codes (their hashes) with these, in one transaction. */
    public void replaceRecoveryCodes(String username, List<String> codeHashes) {
        store.writeVoid(h -> {
            h.createUpdate("DELETE FROM recovery_code WHERE username = :u").bind("u", username).execute();
            if (codeHashes.isEmpty()) {
                return;
            }
            var batch = h.prepareBatch("INSERT INTO recovery_code (username, code_hash) VALUES (:u, :c)");
            for (var c : codeHashes) {
                batch.bind("u", username).bind("c", c).add();
            }
            batch.execute();
        });
    }

    /** Uses up one recovery code; false if the user has no such code (wrong, or used before). */
    public boolean useRecoveryCode(String username, String codeHash) {
        return store.write(h -> h.createUpdate("DELETE FROM recovery_code WHERE username = :u AND code_hash = :c")
                .bind("u", username).bind("c", codeHash).execute() == 1);
    }

    public int recoveryCodesLeft(String username) {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM recovery_code WHERE username = :u")
                .bind("u", username).mapTo(Integer.class).one());
    }

    /**
     * Records that TOTP time step {@code step} was used, only if it is later than the last one used: a code is
     * accepted once. False if {@code step} is not later (a replay) or there is no such user.
     */
    public boolean advanceTotpStep(String username, long step) {
        return store.write(h -> h.createUpdate("UPDATE app_user SET totp_last_step = :s WHERE username = :u "
                + "AND totp_last_step < :s").bind("s", step).bind("u", username).execute() == 1);
    }

    private static void insert(Handle h, UserRow u) {
        bind(h.createUpdate("INSERT INTO app_user (" + COLUMNS + ") VALUES (:u, :hash, :role, :site, :at, :off, "
                + ":must, :totp)"), u).execute();
    }

    /** The switches are INTEGER columns (0/1), so they are bound as integers. */
    private static org.jdbi.v3.core.statement.Update bind(org.jdbi.v3.core.statement.Update update, UserRow u) {
        return update.bind("u", u.username()).bind("hash", u.passwordHash()).bind("role", u.role())
                .bind("site", u.siteCode()).bind("at", u.createdAt().toEpochMilli())
                .bind("off", u.disabled() ? 1 : 0).bind("must", u.mustChangePassword() ? 1 : 0)
                .bind("totp", u.totpSecret());
    }

    private static UserRow row(ResultSet rs) throws SQLException {
        return new UserRow(rs.getString("username"), rs.getString("password_hash"), rs.getString("role"),
                rs.getString("site_code"), Instant.ofEpochMilli(rs.getLong("created_at_ms")),
                rs.getInt("disabled") != 0, rs.getInt("must_change_password") != 0, rs.getString("totp_secret"));
    }
}
