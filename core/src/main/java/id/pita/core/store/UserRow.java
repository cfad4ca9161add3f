package id.pita.core.store;

import java.time.Instant;

/**
 * One console account as stored in {@code app_user}. The hash and the TOTP secret are never printed.
 *
 * @param role        the role's name ({@code ADMIN}, {@code OPD}, ...); the console owns the meaning
 * @param siteCode    the one site an OPD operator may see; null for the other roles
 * @param totpSecret  Base32 secret once a second factor is enrolled; null before
 */
public record UserRow(String username, String passwordHash, String role, String siteCode, Instant createdAt,
                      boolean disabled, boolean mustChangePassword, String totpSecret) {
    @Override
    public String toString() {
        return "UserRow[" + username + ", " + role + (siteCode == null ? "" : ", site=" + siteCode)
                + (disabled ? ", disabled" : "") + "]";
    }
}
