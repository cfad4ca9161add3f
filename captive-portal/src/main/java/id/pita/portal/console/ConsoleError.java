package id.pita.portal.console;

/**
 * A request the console refuses for a reason other than a bad value: forbidden (403), not found (404),
 * conflict (409). Bad values are {@link id.pita.core.InvalidValueException} (400).
 */
public final class ConsoleError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    public ConsoleError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ConsoleError forbidden(String message) {
        return new ConsoleError(403, "forbidden", message);
    }

    public static ConsoleError notFound(String message) {
        return new ConsoleError(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
