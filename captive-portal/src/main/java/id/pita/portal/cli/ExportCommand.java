package id.pita.portal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pita export}: the district in the store as a district file that {@code pita import} reads back. */
@Command(name = "export", sortOptions = false)
final class ExportCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    ConfigOption config;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", descriptionKey = "export.out")
    Path out;

    ExportCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println("pita export: " + context.pick("belum tersedia di versi ini",
                "not available in this version yet"));
        return ExitCodes.FAILED;
    }
}
