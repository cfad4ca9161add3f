package id.pita.core;

/**
 * A value that breaks a rule of the model. The message names the field and says why, so that a
 * Diskominfo operator reading a form error or a district-file error knows what to fix.
 */
public final class InvalidValueException extends PitaException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidValueException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    /** The dotted path of the offending field, e.g. {@code sites[3].ceiling.down}. */
    public String field() {
        return field;
    }

    /** The same error, with a prefix on its field path (used when a value sits inside another). */
    public InvalidValueException within(String parent) {
        var reason = getMessage().substring(field.length() + 2);
        var e = new InvalidValueException(parent + "." + field, reason);
        e.setStackTrace(getStackTrace());
        return e;
    }
}
