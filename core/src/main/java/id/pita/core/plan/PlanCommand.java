package id.pita.core.plan;

import id.pita.core.PitaException;
import id.pita.core.calendar.IndonesianCalendars;
import id.pita.core.config.DistrictFile;
import id.pita.core.config.DistrictFileException;
import id.pita.core.config.DistrictFiles;
import id.pita.core.district.District;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

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

    /**
     * Runs the command. {@code clock} gives "now" for a missing {@code --at} and "today" for {@code --at HH:mm};
     * its zone is ignored in favour of the district's.
     */
    public static int run(List<String> args, PrintStream out, PrintStream err, Clock clock) {
        var lang = PlanOptions.languageOf(args);
        try {
            var options = PlanOptions.parse(args, lang);
            lang = options.lang();
            if (options.help()) {
                out.print(usage(lang));
                return OK;
            }
            var district = load(options.district(), lang);
            var at = LocalTimes.resolve(options.at(), district.zone(), clock, lang);
            var run = DryRun.of(district, at, IndonesianCalendars.shipped(),
                    java.time.LocalDate.now(clock.withZone(district.zone())));
            if (options.format() == PlanOptions.Format.CSV) {
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

    static String usage(Lang lang) {
        return lang.pick("""
                Pemakaian: pita plan [--district <demo|berkas.yaml>] [--at <waktu>] [--lang id|en] [--format table|csv]
                Uji coba alokasi bandwidth secara offline: rencana untuk satu waktu, tanpa menyentuh gateway.
                  --district  nama demo (paser, kotawaringin-timur) atau path berkas distrik YAML; bawaan: paser
                  --at        waktu lokal di zona distrik: 2026-11-23T10:00, "2026-11-23 10:00" atau 16:30 (hari ini);
                              bawaan: sekarang
                  --lang      bahasa keluaran: id (bawaan) atau en
                  --format    table (bawaan) atau csv (laju dalam bit/s)
                Asumsi: tiap lokasi meminta plafonnya, tanpa sesi hotspot, tanpa boost.
                Kode keluar: 0 berhasil, 1 rencana gagal dihitung, 2 opsi atau berkas distrik salah.
                """, """
                Usage: pita plan [--district <demo|file.yaml>] [--at <time>] [--lang id|en] [--format table|csv]
                Offline dry run of the bandwidth allocation: the plan for one moment, no gateway is touched.
                  --district  a demo name (paser, kotawaringin-timur) or the path of a district YAML; default: paser
                  --at        local time in the district's zone: 2026-11-23T10:00, "2026-11-23 10:00" or 16:30 (today);
                              default: now
                  --lang      output language: id (default) or en
                  --format    table (default) or csv (rates in bit/s)
                Assumed: every site asks for its ceiling, no hotspot sessions, no boosts.
                Exit codes: 0 done, 1 the plan could not be computed, 2 wrong option or district file.
                """);
    }
}
