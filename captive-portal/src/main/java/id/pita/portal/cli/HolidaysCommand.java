package id.pita.portal.cli;

import id.pita.core.calendar.IndonesianCalendars;
import id.pita.core.store.Store;
import id.pita.portal.app.HolidayLists;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code pita holidays list} and {@code pita holidays import FILE}: the national holiday lists per year in the
 * installation's store. An import replaces one year as a whole (a running Pita picks it up within a minute);
 * the file is the year-file format of {@code calendar/holidays-id-<year>.yaml}. Both also work while Pita runs.
 */
@Command(name = "holidays", sortOptions = false, subcommands = {HolidaysCommand.ListYears.class,
        HolidaysCommand.ImportYear.class})
final class HolidaysCommand implements Callable<Integer> {
    private final Context context;

    HolidaysCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        throw new Failures.BadInput(context.pick("sebutkan subperintah: list atau import BERKAS",
                "name a subcommand: list or import FILE"));
    }

    /** The store, after the shipped years it lacks are added (as a starting Pita adds them). */
    static Store open(Context context, ConfigOption config) {
        var settings = config.load();
        if (!settings.storeExists()) {
            throw new Failures.BadInput(context.pick("tidak ada basis data di ", "no database at ")
                    + settings.dataFile());
        }
        var store = settings.openStore();
        store.holidays().seed(IndonesianCalendars.shipped());
        return store;
    }

    @Command(name = "list", sortOptions = false)
    static final class ListYears implements Callable<Integer> {
        private final Context context;

        @Mixin
        ConfigOption config;

        ListYears(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (var store = open(context, config)) {
                return HolidayLists.list(store, context.lang() == id.pita.core.plan.Lang.EN, context.out());
            }
        }
    }

    @Command(name = "import", sortOptions = false)
    static final class ImportYear implements Callable<Integer> {
        private final Context context;

        @Mixin
        ConfigOption config;

        @Parameters(paramLabel = "FILE", descriptionKey = "holidays.file")
        Path file;

        ImportYear(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (var store = open(context, config)) {
                return HolidayLists.importFile(store, file, context.lang() == id.pita.core.plan.Lang.EN,
                        context.out(), context.err());
            }
        }
    }
}
