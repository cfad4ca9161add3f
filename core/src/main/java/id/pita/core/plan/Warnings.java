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
        calendar(run, lang).ifPresent(warnings::add);
        return warnings;
    }

    /** The calendar warning alone, which the table also prints first, above everything else. */
    static java.util.Optional<String> calendar(DryRun run, Lang lang) {
        var c = run.coverage();
        return c.ok() ? java.util.Optional.empty()
                : java.util.Optional.of(lang.pick(c.messageId(), c.messageEn()));
    }
}
