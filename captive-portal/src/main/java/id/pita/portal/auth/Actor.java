package id.pita.portal.auth;

/**
 * Who is acting in a request: enough to scope and audit it, without the password hash.
 *
 * @param address the client address of the request, for the audit log ({@code ""} when not known)
 */
public record Actor(String username, Role role, String siteCode, String address) {
    public Actor {
        address = address == null ? "" : address;
    }

    public Actor(String username, Role role, String siteCode) {
        this(username, role, siteCode, "");
    }

    public Actor at(String clientAddress) {
        return new Actor(username, role, siteCode, clientAddress);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether this actor may see data of {@code site}: admins and viewers all, an OPD operator only its own. */
    public boolean canSee(String site) {
        return role != Role.OPD || site.equals(siteCode);
    }
}
