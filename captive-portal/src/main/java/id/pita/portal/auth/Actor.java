package id.pita.portal.auth;

/** Who is acting in a request: enough to scope and audit it, without the password hash. */
public record Actor(String username, Role role, String siteCode) {
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether this actor may see data of {@code site}: admins and viewers all, an OPD operator only its own. */
    public boolean canSee(String site) {
        return role != Role.OPD || site.equals(siteCode);
    }
}
