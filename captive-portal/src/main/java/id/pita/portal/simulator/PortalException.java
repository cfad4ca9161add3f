package id.pita.portal.simulator;

import id.pita.core.PitaException;

/** The portal refused or broke a simulated login handshake; the citizen gives up for now. */
final class PortalException extends PitaException {
    private static final long serialVersionUID = 1L;

    PortalException(String reason) {
        super(reason);
    }
}
