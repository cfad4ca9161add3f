package id.pita.portal;

import java.io.PrintStream;

/** {@code java -jar pita.jar plan ...}: the offline capacity planner, when this build includes it. */
final class Plan {
    private Plan() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("pita: the 'plan' command is not part of this build yet; use 'serve'");
        return Main.BAD_USAGE;
    }
}
