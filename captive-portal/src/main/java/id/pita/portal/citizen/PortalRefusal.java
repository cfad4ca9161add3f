package id.pita.portal.citizen;

import id.pita.core.PitaException;

/**
 * A request the portal turns away with a page a citizen can read: an HTTP status, a message key of the
 * bundles and its arguments. Thrown before anything is minted; caught by the portal's handlers.
 */
public final class PortalRefusal extends PitaException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String key;
    private final transient Object[] args;

    public PortalRefusal(int status, String key, Object... args) {
        super(key + " (" + status + ")");
        this.status = status;
        this.key = key;
        this.args = args.clone();
    }

    public int status() {
        return status;
    }

    /** The message key, also the stable code in logs and JSON. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
