package id.pita.core.plan;

import java.util.ArrayList;
import java.util.List;

/** What a person should read before trusting the plan: the allocator's warnings and the dry run's own. */
final class Warnings {
    private Warnings() {
    }

    /** The allocator's warnings as it wrote them (English), then ours in the chosen language. */
    static List<String> of(DryRun run, Lang lang) {
        var warnings = new ArrayList<>(run.allocation().warnings());
        if (!run.holidaysListed()) {
            int year = run.at().getYear();
            warnings.add(lang.pick("kalender distrik tidak memuat hari libur tahun " + year
                            + ": hari libur tahun itu dihitung sebagai hari kerja",
                    "the district calendar lists no holidays in " + year
                            + ": holidays that year count as working days"));
        }
        return warnings;
    }
}
