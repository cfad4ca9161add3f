package id.pita.portal.cli;

import id.pita.core.PitaException;
import id.pita.portal.app.AdminCommands;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code pita audit verify}: recomputes the audit log's hash chain in the store and says whether it is intact
 * (exit 0) or where it breaks (exit 1); a missing store is bad input (exit 2). Reads only, so it may run beside a
 * running Pita.
 */
@Command(name = "audit", sortOptions = false, subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Callable<Integer> {
    private final Context context;

    AuditCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println("pita audit: " + context.pick("perintah: pita audit verify",
                "command: pita audit verify"));
        return ExitCodes.BAD_INPUT;
    }

    @Command(name = "verify", sortOptions = false)
    static final class Verify implements Callable<Integer> {
        private final Context context;

        @Mixin
        ConfigOption config;

        Verify(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try {
                int code = AdminCommands.auditVerify(config.load(), context.out(), context::pick);
                return code == 0 ? ExitCodes.OK : ExitCodes.FAILED;
            } catch (PitaException e) {
                context.err().println("pita audit verify: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
    }
}
