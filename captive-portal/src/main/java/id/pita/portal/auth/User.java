package id.pita.portal.auth;

import id.pita.core.Check;
import java.time.Instant;

/**
 * A console account as stored in {@code app_user}. The hash is never printed.
 *
 * @param siteCode the one site an OPD operator may see and change; null for admin and viewer
 */
public record User(String username, String passwordHash, Role role, String siteCode, Instant createdAt) {
    public User {
        Check.code("username", username);
        Check.notBlank("passwordHash", passwordHash);
        Check.notNull("role", role);
        Check.that(role != Role.OPD || siteCode != null && !siteCode.isBlank(), "siteCode",
                "an OPD operator needs a site");
        siteCode = role == Role.OPD ? siteCode : null;
        Check.notNull("createdAt", createdAt);
    }

    public Actor actor() {
        return new Actor(username, role, siteCode);
    }

    @Override
    public String toString() {
        return "User[" + username + ", " + role + (siteCode == null ? "" : ", site=" + siteCode) + "]";
    }
}
