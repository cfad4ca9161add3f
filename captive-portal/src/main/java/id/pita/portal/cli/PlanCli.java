package id.pita.portal.cli;

import id.pita.core.plan.PlanCommand;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pita plan}: the offline capacity planner ({@link PlanCommand}), without starting Pita. */
@Command(name = "plan", sortOptions = false)
final class PlanCli implements Callable<Integer> {
    private final Context context;

    @Option(names = "--district", paramLabel = "DEMO|FILE", descriptionKey = "plan.district")
    String district = PlanCommand.DEFAULT_DISTRICT;

    @Option(names = "--at", paramLabel = "TIME", descriptionKey = "plan.at")
    String at;

    @Option(names = "--format", paramLabel = "table|csv", descriptionKey = "plan.format",
            converter = Converters.FormatConverter.class)
    PlanCommand.Format format = PlanCommand.Format.TABLE;

    PlanCli(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return PlanCommand.run(new PlanCommand.Request(district, Optional.ofNullable(at), context.lang(), format),
                context.out(), context.err(), context.clock());
    }
}
