package id.pita.portal.auth;

/** What a console user may do: Diskominfo admins change everything, OPD operators their own site, viewers read. */
public enum Role {
    ADMIN, OPD, VIEWER;

    public static Role parse(String value) {
        for (var r : values()) {
            if (r.name().equalsIgnoreCase(value)) {
                return r;
            }
        }
        throw new id.pita.core.InvalidValueException("role", "must be admin, opd or viewer (was '" + value + "')");
    }
}
