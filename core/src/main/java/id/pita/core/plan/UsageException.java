package id.pita.core.plan;

/** A command line the plan command cannot follow; the message is already in the chosen language. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
