package id.pita.portal.auth;

import id.pita.core.Check;
import java.time.Instant;

/**
 * A console account as stored in {@code app_user}. The hash and the TOTP secret are never printed.
 *
 * @param siteCode           the one site an OPD operator may see and change; null for admin and viewer
 * @param disabled           an admin switched the account off: no log-in, no session
 * @param mustChangePassword the password was set by someone else (bootstrap, admin reset): the first log-in
 *                           uses it up and leads only to the change-password page
 * @param totpSecret         Base32 RFC 6238 secret once a second factor is enrolled; null before
 */
public record User(String username, String passwordHash, Role role, String siteCode, Instant createdAt,
                   boolean disabled, boolean mustChangePassword, String totpSecret) {
    public User {
        Check.code("username", username);
        Check.notBlank("passwordHash", passwordHash);
        Check.notNull("role", role);
        Check.that(role != Role.OPD || siteCode != null && !siteCode.isBlank(), "siteCode",
                "an OPD operator needs a site");
        siteCode = role == Role.OPD ? siteCode : null;
        Check.notNull("createdAt", createdAt);
        totpSecret = totpSecret == null || totpSecret.isBlank() ? null : totpSecret;
    }

    public User(String username, String passwordHash, Role role, String siteCode, Instant createdAt) {
        this(username, passwordHash, role, siteCode, createdAt, false, false, null);
    }

    public Actor actor() {
        return new Actor(username, role, siteCode);
    }

    public boolean hasTotp() {
        return totpSecret != null;
    }

    public User withPassword(String hash, boolean mustChange) {
        return new User(username, hash, role, siteCode, createdAt, disabled, mustChange, totpSecret);
    }

    public User withRole(Role newRole, String newSite) {
        return new User(username, passwordHash, newRole, newSite, createdAt, disabled, mustChangePassword,
                totpSecret);
    }

    public User withDisabled(boolean off) {
        return new User(username, passwordHash, role, siteCode, createdAt, off, mustChangePassword, totpSecret);
    }

    public User withTotp(String secret) {
        return new User(username, passwordHash, role, siteCode, createdAt, disabled, mustChangePassword, secret);
    }

    @Override
    public String toString() {
        return "User[" + username + ", " + role + (siteCode == null ? "" : ", site=" + siteCode)
                + (disabled ? ", disabled" : "") + "]";
    }
}
