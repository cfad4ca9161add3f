package id.pita.portal.cli;

import id.pita.core.plan.Lang;
import java.io.PrintStream;
import java.time.Clock;

/** What every command runs with: the language, the caller's streams and the clock. */
record Context(Lang lang, PrintStream out, PrintStream err, Clock clock) {
    Context(Lang lang, PrintStream out, PrintStream err) {
        this(lang, out, err, Clock.systemUTC());
    }

    String pick(String indonesian, String english) {
        return lang.pick(indonesian, english);
    }
}
