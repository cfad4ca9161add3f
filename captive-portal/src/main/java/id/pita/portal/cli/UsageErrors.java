package id.pita.portal.cli;

import picocli.CommandLine;

/** A command line picocli cannot follow: one line naming the problem, in the chosen language, and where help is. */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private final Context context;

    UsageErrors(Context context) {
        this.context = context;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        var cli = e.getCommandLine();
        var name = cli.getCommandSpec().qualifiedName();
        context.err().println(name + ": " + message(e));
        context.err().println(context.pick("Lihat: ", "See: ") + name + " --help");
        return ExitCodes.BAD_INPUT;
    }

    private String message(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            var first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
            return first.startsWith("-") ? context.pick("opsi tidak dikenal: ", "unknown option: ") + first
                    : context.pick("argumen tidak dikenal: ", "unexpected argument: ") + first;
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            var names = m.getMissing().stream().map(a -> a.isOption()
                    ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel()).toList();
            if (m.getMessage().startsWith("Missing required parameter for option") && names.size() == 1) {
                return context.pick(names.get(0) + " perlu nilai", names.get(0) + " needs a value");
            }
            return context.pick("wajib diisi: ", "required: ") + String.join(", ", names);
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException t) {
            return optionName(e) + t.getMessage();
        }
        var text = e.getMessage();
        if (text.startsWith("Invalid value for option")) {
            int colon = text.indexOf(": ", text.indexOf("'"));
            return optionName(e) + (colon > 0 ? text.substring(colon + 2) : text);
        }
        if (text.startsWith("Missing required subcommand")) {
            return context.pick("perintah apa? ", "which command? ")
                    + String.join(", ", e.getCommandLine().getSubcommands().keySet());
        }
        return text;
    }

    private static String optionName(CommandLine.ParameterException e) {
        var spec = e.getArgSpec();
        return spec != null && spec.isOption() ? ((CommandLine.Model.OptionSpec) spec).longestName() + ": " : "";
    }
}
