package id.pita.portal.cli;

import id.pita.core.config.DistrictWriter;
import id.pita.core.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pita export}: the district in the installation's store as a district file that {@code pita import}
 * reads back to the same district (also while Pita runs: it only reads). It holds the gateways' secrets, so a
 * file written with {@code --out} is 0600 and an existing one is not overwritten.
 */
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
    public Integer call() throws IOException {
        var settings = config.load();
        if (!settings.storeExists()) {
            throw new Failures.BadInput(context.pick("tidak ada basis data di ", "no database at ")
                    + settings.dataFile());
        }
        String text;
        try (var store = settings.openStore()) {
            var codes = store.districts().codes();
            if (codes.isEmpty()) {
                throw new Failures.BadInput(context.pick("basis data belum berisi distrik: ",
                        "the database holds no district yet: ") + settings.dataFile());
            }
            text = DistrictWriter.write(store.districts().load(codes.get(0)).orElseThrow());
        }
        if (out == null) {
            context.out().print(text);
            context.out().flush();
            return ExitCodes.OK;
        }
        if (Files.exists(out)) {
            throw new Failures.BadInput(context.pick("berkas sudah ada, tidak ditimpa: ",
                    "the file exists already, not overwritten: ") + out);
        }
        Files.createFile(out, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(out, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        context.err().println(context.pick("Diekspor ke ", "Exported to ") + out);
        return ExitCodes.OK;
    }
}
