package id.pita.core.plan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The plan command's options. Each takes its value as the next argument or after {@code =}
 * ({@code --at 16:30} or {@code --at=16:30}).
 *
 * @param district a demo name or the path of a district file
 * @param at       the local date-time or time of day as written, if given
 */
record PlanOptions(String district, Optional<String> at, Lang lang, Format format, boolean help) {
    static final String DEFAULT_DISTRICT = "paser";

    enum Format { TABLE, CSV }

    /** The options in {@code args}; {@code lang} is the language for the error if they are wrong. */
    static PlanOptions parse(List<String> args, Lang lang) {
        var district = DEFAULT_DISTRICT;
        Optional<String> at = Optional.empty();
        var format = Format.TABLE;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            int eq = arg.indexOf('=');
            var name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
            if (name.equals("--help") || name.equals("-h")) {
                help = true;
                continue;
            }
            if (!isOption(name)) {
                throw new UsageException(lang.pick("opsi tidak dikenal: " + arg, "unknown option: " + arg));
            }
            String value;
            if (name.length() < arg.length()) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(lang.pick(name + " perlu nilai", name + " needs a value"));
            }
            switch (name) {
                case "--district" -> district = value;
                case "--at" -> at = Optional.of(value);
                case "--lang" -> lang = language(value, lang);
                default -> format = format(value, lang);
            }
        }
        return new PlanOptions(district, at, lang, format, help);
    }

    /** The value of the last {@code --lang} if it is one we speak, else Indonesian: for messages about the rest. */
    static Lang languageOf(List<String> args) {
        var lang = Lang.ID;
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            var value = arg.startsWith("--lang=") ? arg.substring(7)
                    : arg.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
            if (value != null && Lang.parse(value) != null) {
                lang = Lang.parse(value);
            }
        }
        return lang;
    }

    private static boolean isOption(String name) {
        return List.of("--district", "--at", "--lang", "--format").contains(name);
    }

    private static Lang language(String value, Lang lang) {
        var parsed = Lang.parse(value);
        if (parsed == null) {
            throw new UsageException(lang.pick("--lang harus id atau en (bukan '" + value + "')",
                    "--lang must be id or en (not '" + value + "')"));
        }
        return parsed;
    }

    private static Format format(String value, Lang lang) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "table" -> Format.TABLE;
            case "csv" -> Format.CSV;
            default -> throw new UsageException(lang.pick("--format harus table atau csv (bukan '" + value + "')",
                    "--format must be table or csv (not '" + value + "')"));
        };
    }
}
