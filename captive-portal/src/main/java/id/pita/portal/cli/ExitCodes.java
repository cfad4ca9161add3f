package id.pita.portal.cli;

/** Exit codes of every {@code pita} command (documented in the README). */
final class ExitCodes {
    /** Done (or help printed). */
    static final int OK = 0;
    /** The command ran and failed: Pita could not start, a backup or restore failed, the plan cannot be computed. */
    static final int FAILED = 1;
    /** The command line, a config file or a district file is wrong; nothing was changed. */
    static final int BAD_INPUT = 2;
    /** Refused for safety: the database is in use by a running Pita, or was made by a newer Pita. */
    static final int REFUSED = 3;

    private ExitCodes() {
    }
}
