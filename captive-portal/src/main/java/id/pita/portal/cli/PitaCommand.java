package id.pita.portal.cli;

import id.pita.core.plan.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code pita}: the command tree; texts come from the {@code Messages} bundle of the chosen language. */
@Command(name = "pita", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = PitaCommand.Version.class, sortOptions = false, usageHelpAutoWidth = false,
        subcommands = {ServeCommand.class, PlanCli.class, CheckCommand.class, ImportCommand.class,
            ExportCommand.class, BackupCommand.class, RestoreCommand.class, UserCommand.class,
            GatewayConfigCommand.class, HolidaysCommand.class, AuditCommand.class, SimulateCommand.class,
            MigrateCommand.class})
final class PitaCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Read before parsing ({@link PitaCli#languageOf}); declared here so that every command accepts and checks it. */
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "id|en", descriptionKey = "lang",
            converter = Converters.LangConverter.class)
    Lang lang;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** The version in the jar's manifest ({@code Implementation-Version}), or {@code dev} from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"pita " + version()};
        }

        static String version() {
            var v = PitaCommand.class.getPackage().getImplementationVersion();
            return v == null ? "dev" : v;
        }
    }
}
