package id.pita.portal.cli;

import id.pita.core.config.DistrictFile;
import id.pita.core.config.DistrictFiles;
import id.pita.core.district.District;
import id.pita.core.store.SchemaCheck;
import id.pita.core.store.StoreLock;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pita check}: reads and validates a config file and a district file (the one given, else the config's
 * {@code district.file}, else its demo) without touching the store or the network, and says what the next start
 * would do to the database (read-only: created, up to date, or upgraded by which migrations). Exit 0 when all is
 * well, 2 with the first error ({@code file:line:column: field: reason} for a district file), 3 when the
 * database was made by a newer Pita.
 */
@Command(name = "check", sortOptions = false)
final class CheckCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    ConfigOption config;

    @Option(names = "--district", paramLabel = "FILE", descriptionKey = "check.district")
    Path districtFile;

    /** What the next start would do to the database, read-only; a newer Pita's database is refused (exit 3). */
    private void database(Path dataFile) {
        var schema = SchemaCheck.of(dataFile);
        var name = context.pick("Basis data ", "Database ") + dataFile + ": ";
        if (!schema.exists()) {
            context.out().println(name + context.pick("belum ada (dibuat saat mulai pertama)",
                    "none yet (created on the first start)"));
            return;
        }
        if (schema.tooNew()) {
            throw new Failures.Refused(context.pick("basis data " + dataFile + " dibuat oleh Pita yang lebih baru "
                    + "(versi skema " + schema.unknown() + " tidak dikenal; versi ini sampai " + schema.latestKnown()
                    + "): pasang lagi versi itu, atau pulihkan cadangan dari versi ini", "the database " + dataFile
                    + " was made by a newer Pita (schema versions " + schema.unknown() + " unknown; this version "
                    + "knows up to " + schema.latestKnown() + "): install that version again, or restore a backup "
                    + "made with this one"));
        }
        var inUse = StoreLock.inUse(dataFile) ? context.pick(", sedang dipakai Pita yang berjalan",
                ", in use by a running Pita") : "";
        context.out().println(name + "OK (" + context.pick("skema ", "schema ") + schema.applied()
                + (schema.pending().isEmpty() ? context.pick(", terbaru", ", up to date")
                : context.pick(", akan ditingkatkan saat mulai: ", ", to be upgraded on start: ") + schema.pending())
                + inUse + ")");
    }

    CheckCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var settings = config.load();
        var out = context.out();
        out.println(context.pick("Konfigurasi ", "Config ") + config.describe(context) + ": OK ("
                + context.pick("data: ", "data: ") + settings.dataFile() + ", RADIUS " + settings.radius().authPort()
                + "/" + settings.radius().accountingPort() + ", web " + settings.web().port() + ")");
        var file = districtFile != null ? java.util.Optional.of(districtFile) : settings.districtFile();
        if (file.isEmpty() && settings.demoDistrict().isEmpty()) {
            out.println(context.pick("Distrik: tidak ada district.file; awal pertama kosong (tanpa lokasi dan gateway)",
                    "District: no district.file; a first start is empty (no sites, no gateways)"));
        } else {
            District district = file.map(DistrictFile::load)
                    .orElseGet(() -> DistrictFiles.demo(settings.demoDistrict()));
            out.println(context.pick("Distrik ", "District ") + file.map(Path::toString)
                    .orElse("demo " + settings.demoDistrict()) + ": OK (" + district.name() + ", "
                    + district.sites().size() + context.pick(" lokasi, ", " sites, ") + district.gateways().size()
                    + " gateway)");
        }
        if (settings.store().postgres()) {
            // Read-only check of a server's schema is not done here: the start checks it (and refuses a newer one).
            out.println(context.pick("Basis data PostgreSQL ", "PostgreSQL database ") + settings.store().url()
                    + context.pick(": skemanya diperiksa dan ditingkatkan saat mulai", ": its schema is checked and "
                    + "upgraded on start"));
            return ExitCodes.OK;
        }
        database(settings.dataFile());
        return ExitCodes.OK;
    }
}
