package id.pita.portal.cli;

import id.pita.core.plan.Lang;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * {@code pita <command>}: the one command line of Pita (picocli). Parses, picks the language ({@code --lang id|en},
 * Bahasa Indonesia by default, for help and messages), runs the command and returns its exit code
 * ({@link ExitCodes}). Paths on the command line are relative to the caller's working directory.
 */
public final class PitaCli {
    static final String BUNDLE = "id.pita.portal.cli.Messages";

    private PitaCli() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command line; blocks while {@code serve} runs. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        var lang = languageOf(args);
        var cli = commandLine(new Context(lang, out, err));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    /** The command tree with the bundle of {@code lang}; exposed for tests. */
    static CommandLine commandLine(Context context) {
        var cli = new CommandLine(new PitaCommand(), new ContextFactory(context));
        cli.setResourceBundle(bundle(context.lang()));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new UsageErrors(context));
        cli.setExecutionExceptionHandler(new Failures(context));
        cli.setUsageHelpAutoWidth(false);
        cli.setUsageHelpWidth(100);
        return cli;
    }

    static ResourceBundle bundle(Lang lang) {
        return ResourceBundle.getBundle(BUNDLE, lang == Lang.EN ? Locale.ENGLISH : Locale.ROOT,
                PitaCli.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The last {@code --lang} value we speak, else Indonesian: read before parsing, for every message. */
    static Lang languageOf(String[] args) {
        var lang = Lang.ID;
        for (int i = 0; i < args.length; i++) {
            var value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null && Lang.parse(value) != null) {
                lang = Lang.parse(value);
            }
        }
        return lang;
    }
}
