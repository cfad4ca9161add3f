package id.pita.portal.app;

import id.pita.core.InvalidValueException;
import id.pita.core.calendar.HolidayYaml;
import id.pita.core.calendar.HolidayYear;
import id.pita.core.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code pita holidays list} and {@code pita holidays import FILE} do: the national holiday lists in the store.
 * An import replaces one year's list as a whole (a running Pita picks it up within a minute). Exit codes:
 * 0 done, 1 the store failed, 2 the file is unreadable or wrong (its error names the field).
 */
public final class HolidayLists {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private HolidayLists() {
    }

    /** Reads a year file and replaces that year in the store; {@code english} picks the language of the output. */
    public static int importFile(Store store, Path file, boolean english, PrintStream out, PrintStream err) {
        return importFile(store, file, "cli:" + System.getProperty("user.name", "?"), english, out, err);
    }

    /** As {@link #importFile(Store, Path, boolean, PrintStream, PrintStream)}, recording {@code by}. */
    public static int importFile(Store store, Path file, String by, boolean english, PrintStream out,
                                 PrintStream err) {
        HolidayYear year;
        try {
            year = HolidayYaml.readYear(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("pita holidays import: " + (english ? "cannot read " : "tidak dapat membaca ") + file + ": "
                    + e.getMessage());
            return BAD_INPUT;
        } catch (InvalidValueException e) {
            err.println("pita holidays import: " + e.getMessage());
            return BAD_INPUT;
        }
        try {
            store.holidays().replace(year, by);
        } catch (RuntimeException e) {
            err.println("pita holidays import: " + (english ? "the store failed: " : "penyimpanan gagal: ")
                    + e.getMessage());
            return FAILED;
        }
        out.println(summary(year, english));
        return OK;
    }

    /** Prints each year held, one line each. */
    public static int list(Store store, boolean english, PrintStream out) {
        for (var y : store.holidays().national().years()) {
            out.println(summary(y, english));
        }
        return OK;
    }

    static String summary(HolidayYear y, boolean english) {
        long provisional = y.provisionalCount();
        if (english) {
            return y.year() + ": " + y.holidays().size() + " days, " + (y.confirmed() ? "confirmed" : "PROVISIONAL")
                    + (provisional > 0 ? " (" + provisional + " estimated dates)" : "") + " — " + y.source();
        }
        return y.year() + ": " + y.holidays().size() + " hari, " + (y.confirmed() ? "resmi" : "PERKIRAAN")
                + (provisional > 0 ? " (" + provisional + " tanggal perkiraan)" : "") + " — " + y.source();
    }
}
