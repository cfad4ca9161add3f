package id.pita.portal.cli;

import id.pita.core.store.Backups;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code pita backup [FILE]}: an online, consistent copy of the installation's database ({@code VACUUM INTO}),
 * also while Pita runs and takes accounting. Without FILE it goes to the config's {@code backup.dir} as
 * {@code pita-YYYYMMDD-HHMMSS.db} (UTC). The file is 0600.
 */
@Command(name = "backup", sortOptions = false)
final class BackupCommand implements Callable<Integer> {
    static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'pita-'yyyyMMdd-HHmmss'.db'")
            .withZone(ZoneOffset.UTC);

    private final Context context;

    @Mixin
    ConfigOption config;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "backup.file")
    Path target;

    BackupCommand(Context context) {
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
        var file = target != null ? target : settings.backup().dir().resolve(NAME.format(context.clock().instant()));
        long size = Backups.backup(settings.dataFile(), file);
        context.out().println(context.pick("Cadangan ditulis: ", "Backup written: ") + file + " (" + size
                + " bytes)");
        return ExitCodes.OK;
    }
}
