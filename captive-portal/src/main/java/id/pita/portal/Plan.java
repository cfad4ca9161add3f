package id.pita.portal;

import id.pita.core.plan.PlanCommand;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

/** {@code java -jar pita.jar plan ...}: the offline capacity planner ({@link PlanCommand}), without starting Pita. */
final class Plan {
    private Plan() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return PlanCommand.run(List.of(args), out, err, Clock.systemUTC());
    }
}
