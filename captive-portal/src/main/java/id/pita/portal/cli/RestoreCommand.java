package id.pita.portal.cli;

import id.pita.core.store.Backups;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code pita restore FILE}: puts a backup in place of the installation's database. Only into a stopped
 * installation (refused, exit 3, while a Pita holds the database); the backup is integrity-checked first and
 * the database it replaces is kept as {@code <data file>.before-restore}.
 */
@Command(name = "restore", sortOptions = false)
final class RestoreCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    ConfigOption config;

    @Parameters(index = "0", paramLabel = "BACKUP", descriptionKey = "restore.file")
    Path backup;

    RestoreCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var settings = config.load();
        if (settings.store().postgres()) {
            throw new Failures.BadInput(context.pick("penyimpanan PostgreSQL (store.url): cadangkan dan pulihkan dengan "
                    + "pg_dump/pg_restore milik PostgreSQL", "the store is PostgreSQL (store.url): back it up and restore "
                    + "it with PostgreSQL's pg_dump/pg_restore"));
        }
        try (var lock = StoreLocks.exclusive(settings.dataFile(), context)) {
            Backups.restore(backup, settings.dataFile());
        }
        context.out().println(context.pick("Dipulihkan: ", "Restored: ") + backup + " -> " + settings.dataFile());
        return ExitCodes.OK;
    }
}
