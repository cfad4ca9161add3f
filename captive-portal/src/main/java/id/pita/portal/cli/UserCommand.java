package id.pita.portal.cli;

import id.pita.core.PitaException;
import id.pita.portal.app.AdminCommands;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code pita user reset NAME}: a one-time password for a console user (printed once; it must be changed at the
 * next log-in) and all its sessions ended — the way back in when the only admin is locked out.
 */
@Command(name = "user", sortOptions = false, subcommands = UserCommand.Reset.class)
final class UserCommand implements Callable<Integer> {
    private final Context context;

    UserCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println("pita user: " + context.pick("perintah: pita user reset NAMA",
                "command: pita user reset NAME"));
        return ExitCodes.BAD_INPUT;
    }

    @Command(name = "reset", sortOptions = false)
    static final class Reset implements Callable<Integer> {
        private final Context context;

        @Mixin
        ConfigOption config;

        @Parameters(paramLabel = "NAME", arity = "1", descriptionKey = "user.name")
        String name;

        Reset(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try {
                return AdminCommands.userReset(config.load(), name, context.out(), context.err(),
                        context::pick) == 0 ? ExitCodes.OK
                        : ExitCodes.BAD_INPUT;
            } catch (PitaException e) {
                context.err().println("pita user reset: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
    }
}
