package id.pita.portal.cli;

import id.pita.core.config.DistrictFile;
import id.pita.core.config.DistrictFiles;
import id.pita.core.district.District;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pita check}: reads and validates a config file and a district file (the one given, else the config's
 * {@code district.file}, else its demo) without touching the store or the network. Exit 0 when both are valid,
 * 2 with the first error ({@code file:line:column: field: reason} for a district file).
 */
@Command(name = "check", sortOptions = false)
final class CheckCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    ConfigOption config;

    @Option(names = "--district", paramLabel = "FILE", descriptionKey = "check.district")
    Path districtFile;

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
            return ExitCodes.OK;
        }
        District district = file.map(DistrictFile::load).orElseGet(() -> DistrictFiles.demo(settings.demoDistrict()));
        out.println(context.pick("Distrik ", "District ") + file.map(Path::toString)
                .orElse("demo " + settings.demoDistrict()) + ": OK (" + district.name() + ", " + district.sites().size()
                + context.pick(" lokasi, ", " sites, ") + district.gateways().size() + " gateway)");
        return ExitCodes.OK;
    }
}
