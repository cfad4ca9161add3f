package id.pita.portal.cli;

import id.pita.portal.app.PitaConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}, for every command that works on an installation. Without it, the file named by the
 * environment variable {@code PITA_CONFIG} (the Debian package's {@code pita} sets {@code /etc/pita/pita.yaml}),
 * else every default. Relative paths are relative to the caller's directory.
 */
final class ConfigOption {
    static final String ENV = "PITA_CONFIG";

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", descriptionKey = "config")
    Path file;

    /** The config file in use, if any. */
    Optional<Path> path() {
        if (file != null) {
            return Optional.of(file);
        }
        var env = System.getenv(ENV);
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(Path.of(env));
    }

    /** The config, validated; a bad value is an {@link id.pita.core.InvalidValueException} naming its key. */
    PitaConfig load() {
        return path().map(PitaConfig::load).orElseGet(PitaConfig::defaults);
    }

    String describe(Context context) {
        return path().map(p -> p.toString() + (Files.exists(p) ? "" : context.pick(" (tidak ada)", " (missing)")))
                .orElse(context.pick("(bawaan, tanpa berkas)", "(defaults, no file)"));
    }
}
