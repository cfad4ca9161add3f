package id.pita.portal.cli;

import id.pita.core.store.StoreCopy;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pita migrate [--from FILE] [--replace]}: moves a district with its whole history from its SQLite file
 * ({@code dataFile}, or {@code --from}) into the PostgreSQL database of the config's {@code store.url}
 * ({@link StoreCopy}), then prints the row count of every table and the sums of the accounting octets in both.
 * Exit 0 when all are equal, 1 when any differs; a target that already holds rows is refused (exit 3) unless
 * {@code --replace}. Run it with Pita stopped.
 */
@Command(name = "migrate", sortOptions = false)
final class MigrateCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    ConfigOption config;

    @Option(names = "--from", paramLabel = "FILE", descriptionKey = "migrate.from")
    Path from;

    @Option(names = "--replace", descriptionKey = "migrate.replace")
    boolean replace;

    MigrateCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var settings = config.load();
        if (!settings.store().postgres()) {
            context.err().println(context.pick("store.url harus menunjuk PostgreSQL (jdbc:postgresql://...): ke sana "
                    + "pita migrate menyalin", "store.url must name PostgreSQL (jdbc:postgresql://...): that is where "
                    + "pita migrate copies to"));
            return ExitCodes.BAD_INPUT;
        }
        var file = from != null ? from : settings.dataFile();
        StoreCopy.Report report;
        try (var lock = StoreLocks.exclusive(file, context)) {
            report = StoreCopy.copy(file, settings.storeTarget(), replace, context.clock());
        } catch (id.pita.core.store.StoreException e) {
            if (e.getMessage().contains("is not empty") || e.getMessage().contains("is not the key")) {
                throw new Failures.Refused(e.getMessage());
            }
            throw e;
        }
        var out = context.out();
        out.printf("%-26s %-22s %15s %15s%n", context.pick("tabel", "table"), context.pick("angka", "figure"),
                "SQLite", "PostgreSQL");
        for (var f : report.figures()) {
            out.printf("%-26s %-22s %15d %15d%s%n", f.table(), f.what().equals("rows") ? context.pick("baris", "rows")
                    : f.what(), f.source(), f.target(), f.equal() ? "" : context.pick("  BERBEDA", "  DIFFERENT"));
        }
        if (!report.ok()) {
            context.err().println(context.pick("Salinan tidak sama dengan sumbernya (lihat BERBEDA di atas)",
                    "The copy differs from its source (see DIFFERENT above)"));
            return ExitCodes.FAILED;
        }
        out.println(context.pick("Dipindahkan: ", "Migrated: ") + file + " -> " + settings.store().url() + " ("
                + report.rowsCopied() + context.pick(" baris; jumlah dan total sama)", " rows; counts and sums equal)"));
        return ExitCodes.OK;
    }
}
