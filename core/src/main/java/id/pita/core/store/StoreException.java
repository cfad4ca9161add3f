package id.pita.core.store;

import id.pita.core.PitaException;

/** The store could not be opened or migrated, or a statement failed. */
public final class StoreException extends PitaException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
