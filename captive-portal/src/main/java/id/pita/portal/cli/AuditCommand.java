package id.pita.portal.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code pita audit}: a thin shell on the command line for now; its logic is being written by another engineer
 * (see issue 12) and replaces {@link #call()}. Until then it says so and exits {@link ExitCodes#FAILED}.
 */
@Command(name = "audit", sortOptions = false)
final class AuditCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "ARG", arity = "0..*", descriptionKey = "thin.args")
    List<String> args = List.of();

    AuditCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println("pita audit: " + context.pick("belum tersedia di versi ini", "not available in this "
                + "version yet"));
        return ExitCodes.FAILED;
    }
}
