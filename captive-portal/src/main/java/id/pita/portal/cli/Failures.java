package id.pita.portal.cli;

import id.pita.core.InvalidValueException;
import id.pita.core.PitaException;
import id.pita.core.config.DistrictFileException;
import picocli.CommandLine;

/**
 * What a command throws becomes one line on stderr and an exit code, never a stack trace: a bad file or value
 * is {@link ExitCodes#BAD_INPUT}, a refusal {@link ExitCodes#REFUSED}, anything else {@link ExitCodes#FAILED}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    private final Context context;

    Failures(Context context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        var name = cli.getCommandSpec().qualifiedName();
        if (e instanceof DistrictFileException) {
            context.err().println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof Refused r) {
            context.err().println(name + ": " + r.getMessage());
            return ExitCodes.REFUSED;
        }
        if (e instanceof InvalidValueException || e instanceof BadInput) {
            context.err().println(name + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        var message = e.getMessage() == null ? e.toString() : e.getMessage();
        context.err().println(name + ": " + (e instanceof PitaException ? "" : e.getClass().getSimpleName() + ": ")
                + message);
        return ExitCodes.FAILED;
    }

    /** The command refuses, for safety (database in use, made by a newer Pita); the message says why. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** A value the command cannot use (a missing file, a wrong choice); the message is in the chosen language. */
    static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }
}
