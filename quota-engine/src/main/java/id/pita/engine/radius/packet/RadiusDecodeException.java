package id.pita.engine.radius.packet;

import id.pita.core.PitaException;

/** A datagram that is not a well-formed RADIUS packet; the message says why, without echoing secrets. */
public final class RadiusDecodeException extends PitaException {
    private static final long serialVersionUID = 1L;

    public RadiusDecodeException(String reason) {
        super(reason);
    }
}
