package id.pita.portal.cli;

import id.pita.core.config.DistrictFile;
import id.pita.core.config.DistrictImporter;
import id.pita.core.store.Store;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code pita import FILE}: replaces the district in the store of a stopped installation with a district file.
 * The file is validated completely first (a broken file changes nothing, exit 2); a running Pita holds the store,
 * so the import is refused then (exit 3): its live district would no longer match the store.
 */
@Command(name = "import", sortOptions = false)
final class ImportCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    ConfigOption config;

    @Parameters(index = "0", paramLabel = "DISTRICT.yaml", descriptionKey = "import.file")
    Path file;

    ImportCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var settings = config.load();
        var district = DistrictFile.load(file);
        // A PostgreSQL store has no file lock (nodes share it); import into it while the nodes are stopped.
        try (var lock = settings.store().postgres() ? null : StoreLocks.exclusive(settings.dataFile(), context);
             var store = settings.openStore()) {
            DistrictImporter.importInto(store, district);
        }
        context.out().println(context.pick("Diimpor: ", "Imported: ") + district.name() + " (" + district.code()
                + ", " + district.sites().size() + context.pick(" lokasi, ", " sites, ") + district.gateways().size()
                + " gateway) -> " + (settings.store().postgres() ? settings.store().url() : settings.dataFile()));
        return ExitCodes.OK;
    }
}
