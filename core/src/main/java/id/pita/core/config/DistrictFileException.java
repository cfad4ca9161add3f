package id.pita.core.config;

import id.pita.core.PitaException;

/**
 * A district file that cannot be used. The message is {@code file:line:column: field: reason},
 * e.g. {@code paser.yaml:42:7: sites[3].ceiling.down: must be positive (was 0)}; line and column
 * count from 1.
 */
public final class DistrictFileException extends PitaException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;
    private final String field;
    private final String reason;

    public DistrictFileException(String file, int line, int column, String field, String reason) {
        super(file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The field path, e.g. {@code sites[3].ceiling.down}; empty for a syntax error. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
