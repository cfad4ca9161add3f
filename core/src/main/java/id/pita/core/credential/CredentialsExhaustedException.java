package id.pita.core.credential;

import id.pita.core.PitaException;

/** Too many unexpired credentials at once: the portal answers 503 and asks the citizen to retry. */
public final class CredentialsExhaustedException extends PitaException {
    private static final long serialVersionUID = 1L;

    public CredentialsExhaustedException(int capacity) {
        super("more than " + capacity + " unused credentials are live; refusing to mint more");
    }
}
