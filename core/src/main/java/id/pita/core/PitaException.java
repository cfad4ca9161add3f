package id.pita.core;

/** Root of Pita's unchecked exceptions. */
public class PitaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PitaException(String message) {
        super(message);
    }

    public PitaException(String message, Throwable cause) {
        super(message, cause);
    }
}
