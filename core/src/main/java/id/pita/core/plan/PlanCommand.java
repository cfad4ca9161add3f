package id.pita.core.plan;

import id.pita.core.PitaException;
import id.pita.core.config.DistrictFile;
import id.pita.core.config.DistrictFileException;
import id.pita.core.config.DistrictFiles;
import id.pita.core.district.District;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code pita plan}: dry-runs the allocator for a district at a local time, offline, and prints the plan.
 * Exit codes: 0 the plan was printed (or the help), 1 the plan could not be computed, 2 the command line or
 * the district file is wrong (the file's error is printed as {@code file:line:column: field: reason}).
 */
public final class PlanCommand {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private PlanCommand() {
    }

    /** Table for people, CSV (rates in bit/s) for spreadsheets. */
    public enum Format { TABLE, CSV }

    /**
     * What to plan, as the command line gave it (parsed by the CLI).
     *
     * @param district a demo name or the path of a district file (relative to the caller's directory)
     * @param at       the local date-time or time of day as written, if given
     */
    public record Request(String district, Optional<String> at, Lang lang, Format format) {
        public Request {
            district = district == null ? DEFAULT_DISTRICT : district;
            at = at == null ? Optional.empty() : at;
            lang = lang == null ? Lang.ID : lang;
            format = format == null ? Format.TABLE : format;
        }
    }

    public static final String DEFAULT_DISTRICT = "paser";

    /**
     * Runs the command. {@code clock} gives "now" for a missing {@code at} and "today" for {@code HH:mm};
     * its zone is ignored in favour of the district's.
     */
    public static int run(Request request, PrintStream out, PrintStream err, Clock clock) {
        var lang = request.lang();
        try {
            var district = load(request.district(), lang);
            var at = LocalTimes.resolve(request.at(), district.zone(), clock, lang);
            var run = DryRun.of(district, at);
            if (request.format() == Format.CSV) {
                PlanCsv.print(run, lang, out);
            } else {
                PlanTable.print(run, lang, out);
            }
            out.flush();
            return OK;
        } catch (UsageException e) {
            err.println("pita plan: " + e.getMessage());
            err.println(lang.pick("Lihat: pita plan --help", "See: pita plan --help"));
            return BAD_INPUT;
        } catch (DistrictFileException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (PitaException e) {
            err.println("pita plan: " + lang.pick("rencana tidak dapat dihitung: ", "the plan cannot be computed: ")
                    + e.getMessage());
            return FAILED;
        }
    }

    /** A demo by name, else a district file by path. */
    private static District load(String district, Lang lang) {
        if (DistrictFiles.demoNames().contains(district)) {
            return DistrictFiles.demo(district);
        }
        var path = Path.of(district);
        if (!Files.exists(path) && !district.endsWith(".yaml") && !district.endsWith(".yml")
                && !district.contains("/")) {
            throw new UsageException(lang.pick("tidak ada distrik demo atau berkas '" + district + "' (demo: ",
                    "no demo district or file '" + district + "' (demos: ")
                    + String.join(", ", DistrictFiles.demoNames()) + ")");
        }
        return DistrictFile.load(path);
    }
}
